// PostgreSQL full-text search: the entry's tsvector (written by query-expressions.ts) in the `document` column under
// a GIN index, with its country, region and themes as facet lexemes; kind and audience are columns; relevance is
// ts_rank.
import { sql, type RawBuilder } from 'kysely';
import {
  deleteEntryRow, entryColumns, insertEntryRow, toEntry, type EntryFilters, type EntryRow, type EntryTokens, type Executor,
  type MatchRequest, type Matches,
} from './entries.repository.ts';
import { facetTokens, filterTokens } from './facet-tokens.ts';
import { tsqueryText, tsvectorText } from './query-expressions.ts';
import type { SearchEntry } from './search-entry.ts';
import type { SearchTerm } from './search-query.ts';

export async function saveEntry(db: Executor, entry: SearchEntry, tokens: EntryTokens): Promise<void> {
  await deleteEntryRow(db, entry.kind, entry.refId);
  await insertEntryRow(db, entry, { document: sql`${tsvectorText(tokens.title, tokens.body, facetTokens(entry))}::tsvector` });
}

export async function deleteEntry(db: Executor, kind: string, refId: string): Promise<boolean> {
  return (await deleteEntryRow(db, kind, refId)) !== undefined;
}

function conditions(query: RawBuilder<unknown> | null, filters: EntryFilters, withKinds: boolean): RawBuilder<unknown> {
  const list = (values: readonly string[]) => sql.join(values.map((v) => sql`${v}`));
  const where = [sql`e.audience in (${list(filters.audiences)})`];
  if (query) where.push(sql`e.document @@ ${query}`);
  if (withKinds && filters.kinds?.length) where.push(sql`e.kind in (${list(filters.kinds)})`);
  return sql.join(where, sql` and `);
}

const tsquery = (terms: readonly SearchTerm[], facets: readonly string[] = []): RawBuilder<unknown> | null => {
  const text = tsqueryText(terms, facets);
  return text === null ? null : sql`${text}::tsquery`;
};

export async function matchEntries(
  db: Executor, terms: readonly SearchTerm[], filters: EntryFilters, { countUpTo, limit, offset, orderFor }: MatchRequest,
): Promise<Matches> {
  // Country, region and theme are facet lexemes: the GIN index intersects them with the words. Ranking leaves them out.
  const query = tsquery(terms, filterTokens(filters));
  const rankBy = tsquery(terms);
  const { rows: counted } = await sql<{ kind: string; n: number }>`select e.kind, count(*) as n from search_entries e
    where ${conditions(query, filters, false)} group by e.kind`.execute(db);
  // A bitmap index scan finds every match anyway; the counts are capped as on SQLite so both engines answer alike.
  const byKind = new Map(counted.map((row) => [row.kind, Math.min(Number(row.n), countUpTo)]));
  const order = orderFor(byKind);
  if (!order) return { byKind, entries: [] };
  const orderBy = order === 'relevance' && rankBy ? sql`ts_rank(e.document, ${rankBy}) desc, e.id desc` : sql`e.id desc`;
  const { rows } = await sql<EntryRow>`select ${entryColumns} from search_entries e
    where ${conditions(query, filters, true)} order by ${orderBy} limit ${limit} offset ${offset}`.execute(db);
  return { byKind, entries: rows.map(toEntry) };
}
