// The only file that speaks SQL about search, and the only place the two engines differ (see the migration for
// the structures). Entries arrive normalised and tokenised; queries arrive as engine expressions
// (query-expressions.ts) whose text is always bound as a parameter.
import { PostgresAdapter, sql, type RawBuilder } from 'kysely';
import type { Db, Engine, Transaction } from '../../db/database.ts';
import type { RegionalGroup } from '../../platform/geo/un-regional-groups.ts';
import { tsvectorText, type Fts5Expressions } from './query-expressions.ts';
import type { Audience, SearchEntry } from './search-entry.ts';
import { needsSubstringIndex, wordIndexTokens } from './search-text.ts';

type Executor = Db | Transaction;

export const engineOf = (db: Executor): Engine => (db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite');

export interface EntryTokens {
  title: string[];
  body: string[];
}

/** Inserts or replaces the entry and its full-text rows; several statements on SQLite, so run it in a transaction. */
export async function saveEntry(db: Executor, entry: SearchEntry, tokens: EntryTokens): Promise<void> {
  const postgres = engineOf(db) === 'postgres';
  const row = {
    kind: entry.kind, ref_id: entry.refId, url: entry.url, language: entry.language, title: entry.title, excerpt: entry.excerpt,
    themes: JSON.stringify(entry.themes), country: entry.country, regional_group: entry.regionalGroup, audience: entry.audience,
    updated_at: entry.updatedAt,
  };
  const document = postgres ? { document: sql`${tsvectorText(tokens.title, tokens.body)}::tsvector` } : {};
  const { id } = await db.insertInto('search_entries').values({ ...row, ...document } as typeof row)
    .onConflict((conflict) => conflict.columns(['kind', 'ref_id']).doUpdateSet({ ...row, ...document } as typeof row))
    .returning('id').executeTakeFirstOrThrow();
  if (postgres) return;
  await deleteFullText(db, id);
  const words = (list: string[]) => wordIndexTokens(list).join(' ');
  await sql`insert into search_words (rowid, title, body) values (${id}, ${words(tokens.title)}, ${words(tokens.body)})`.execute(db);
  if (needsSubstringIndex(tokens.title) || needsSubstringIndex(tokens.body)) {
    await sql`insert into search_substrings (rowid, title, body) values (${id}, ${tokens.title.join(' ')}, ${tokens.body.join(' ')})`.execute(db);
  }
}

async function deleteFullText(db: Executor, id: number): Promise<void> {
  await sql`delete from search_words where rowid = ${id}`.execute(db);
  await sql`delete from search_substrings where rowid = ${id}`.execute(db);
}

export async function deleteEntry(db: Executor, kind: string, refId: string): Promise<boolean> {
  const found = await db.deleteFrom('search_entries').where('kind', '=', kind).where('ref_id', '=', refId)
    .returning('id').executeTakeFirst();
  if (found && engineOf(db) === 'sqlite') await deleteFullText(db, found.id);
  return found !== undefined;
}

export interface EntryFilters {
  kinds?: readonly string[] | undefined;
  theme?: string | undefined;
  country?: string | undefined;
  region?: RegionalGroup | undefined;
  audiences: readonly Audience[];
}

/** What to look for: engine expressions (none at all lists entries by filters alone, newest first). */
export type TextMatch = { engine: 'sqlite'; expressions: Fts5Expressions } | { engine: 'postgres'; tsquery: string | null };

const columns = sql`e.kind, e.ref_id, e.url, e.language, e.title, e.excerpt, e.themes, e.country, e.regional_group, e.audience, e.updated_at`;
const escapeLike = (text: string): string => text.replace(/[\\%_]/g, '\\$&');

function filterConditions(filters: EntryFilters, withKinds: boolean): RawBuilder<unknown>[] {
  const list = (values: readonly string[]) => sql.join(values.map((v) => sql`${v}`));
  const conditions = [sql`e.audience in (${list(filters.audiences)})`];
  if (withKinds && filters.kinds?.length) conditions.push(sql`e.kind in (${list(filters.kinds)})`);
  if (filters.country) conditions.push(sql`e.country = ${filters.country}`);
  if (filters.region) conditions.push(sql`e.regional_group = ${filters.region}`);
  if (filters.theme) conditions.push(sql`e.themes like ${`%${escapeLike(JSON.stringify(filters.theme))}%`} escape '\\'`);
  return conditions;
}

/** FROM, WHERE and ORDER BY for a match: the engine's index drives, the entry table filters. */
function matchClauses(match: TextMatch, filters: EntryFilters, withKinds: boolean): { from: RawBuilder<unknown>; where: RawBuilder<unknown>; order: RawBuilder<unknown> } {
  const conditions = filterConditions(filters, withKinds);
  const newest = sql`e.updated_at desc, e.id desc`;
  if (match.engine === 'postgres') {
    if (!match.tsquery) return { from: sql`search_entries e`, where: sql.join(conditions, sql` and `), order: newest };
    const query = sql`${match.tsquery}::tsquery`;
    conditions.unshift(sql`e.document @@ ${query}`);
    return { from: sql`search_entries e`, where: sql.join(conditions, sql` and `), order: sql`ts_rank(e.document, ${query}) desc, ${newest}` };
  }
  const { words, substrings } = match.expressions;
  const driving = substrings !== null ? 'search_substrings' : words !== null ? 'search_words' : null;
  if (!driving) return { from: sql`search_entries e`, where: sql.join(conditions, sql` and `), order: newest };
  const table = sql.table(driving);
  conditions.unshift(sql`${table} match ${substrings ?? words}`);
  if (substrings !== null && words !== null) conditions.push(sql`e.id in (select rowid from search_words where search_words match ${words})`);
  // Title words weigh four times body words, as on PostgreSQL (weights A and D).
  return { from: sql`${table} join search_entries e on e.id = ${table}.rowid`, where: sql.join(conditions, sql` and `), order: sql`bm25(${table}, 4.0, 1.0), ${newest}` };
}

interface EntryRow {
  kind: string; ref_id: string; url: string; language: string; title: string; excerpt: string; themes: string;
  country: string | null; regional_group: string | null; audience: string; updated_at: string;
}

const toEntry = (row: EntryRow): SearchEntry => ({
  kind: row.kind, refId: row.ref_id, url: row.url, language: row.language, title: row.title, excerpt: row.excerpt,
  themes: JSON.parse(row.themes) as string[], country: row.country, regionalGroup: row.regional_group as RegionalGroup | null,
  audience: row.audience as Audience, updatedAt: row.updated_at,
});

export async function findMatchingEntries(db: Executor, match: TextMatch, filters: EntryFilters, page: { limit: number; offset: number }): Promise<SearchEntry[]> {
  const { from, where, order } = matchClauses(match, filters, true);
  const { rows } = await sql<EntryRow>`select ${columns} from ${from} where ${where} order by ${order} limit ${page.limit} offset ${page.offset}`.execute(db);
  return rows.map(toEntry);
}

/** Matches per kind, whatever kinds the filters name, so a reader sees what switching kind would find. */
export async function countMatchesByKind(db: Executor, match: TextMatch, filters: EntryFilters): Promise<Map<string, number>> {
  const { from, where } = matchClauses(match, filters, false);
  const { rows } = await sql<{ kind: string; n: number }>`select e.kind, count(*) as n from ${from} where ${where} group by e.kind`.execute(db);
  return new Map(rows.map((row) => [row.kind, Number(row.n)]));
}

export async function findEntry(db: Executor, kind: string, refId: string): Promise<SearchEntry | undefined> {
  const { rows } = await sql<EntryRow>`select ${columns} from search_entries e where e.kind = ${kind} and e.ref_id = ${refId}`.execute(db);
  return rows[0] && toEntry(rows[0]);
}
