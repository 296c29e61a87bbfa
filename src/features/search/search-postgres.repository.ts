// PostgreSQL full-text search: the entry's tsvector (written by query-expressions.ts) in the `document` column under
// a GIN index; filters are plain columns; relevance is ts_rank.
import { sql, type RawBuilder } from 'kysely';
import {
  deleteEntryRow, entryColumns, insertEntryRow, toEntry, type EntryFilters, type EntryRow, type EntryTokens, type Executor,
  type Matches, type PageChoice,
} from './entries.repository.ts';
import { tsqueryText, tsvectorText } from './query-expressions.ts';
import type { SearchEntry } from './search-entry.ts';
import type { SearchTerm } from './search-query.ts';

export async function saveEntry(db: Executor, entry: SearchEntry, tokens: EntryTokens): Promise<void> {
  await deleteEntryRow(db, entry.kind, entry.refId);
  await insertEntryRow(db, entry, { document: sql`${tsvectorText(tokens.title, tokens.body)}::tsvector` });
}

export async function deleteEntry(db: Executor, kind: string, refId: string): Promise<boolean> {
  return (await deleteEntryRow(db, kind, refId)) !== undefined;
}

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, '\\$&');

function conditions(query: RawBuilder<unknown> | null, filters: EntryFilters, withKinds: boolean): RawBuilder<unknown> {
  const list = (values: readonly string[]) => sql.join(values.map((v) => sql`${v}`));
  const where = [sql`e.audience in (${list(filters.audiences)})`];
  if (query) where.push(sql`e.document @@ ${query}`);
  if (withKinds && filters.kinds?.length) where.push(sql`e.kind in (${list(filters.kinds)})`);
  if (filters.country) where.push(sql`e.country = ${filters.country}`);
  if (filters.region) where.push(sql`e.regional_group = ${filters.region}`);
  if (filters.theme) where.push(sql`e.themes like ${`%${escapeLike(JSON.stringify(filters.theme))}%`}`);
  return sql.join(where, sql` and `);
}

const tsquery = (terms: readonly SearchTerm[]): RawBuilder<unknown> | null => {
  const text = tsqueryText(terms);
  return text === null ? null : sql`${text}::tsquery`;
};

export async function matchEntries(
  db: Executor, terms: readonly SearchTerm[], filters: EntryFilters, countUpTo: number, pageFor: PageChoice,
): Promise<Matches> {
  const query = tsquery(terms);
  const { rows: counted } = await sql<{ kind: string; n: number }>`select e.kind, count(*) as n from search_entries e
    where ${conditions(query, filters, false)} group by e.kind`.execute(db);
  // A bitmap index scan finds every match anyway; the counts are capped as on SQLite so both engines answer alike.
  const byKind = new Map(counted.map((row) => [row.kind, Math.min(Number(row.n), countUpTo)]));
  const page = pageFor(byKind);
  if (!page) return { byKind, entries: [] };
  const order = page.order === 'relevance' && query ? sql`ts_rank(e.document, ${query}) desc, e.id desc` : sql`e.id desc`;
  const { rows } = await sql<EntryRow>`select ${entryColumns} from search_entries e
    where ${conditions(query, filters, true)} order by ${order} limit ${page.limit} offset ${page.offset}`.execute(db);
  return { byKind, entries: rows.map(toEntry) };
}
