// SQLite full-text search: two contentless FTS5 tables (words: unicode61; substrings: trigram, only for entries
// holding Arabic or CJK text), columns title, body and facets (facet-tokens.ts).
//
// Their rows are keyed by kind, audience and entry id packed into the rowid: (kind code × 2 + members) × 2^40 + id.
// A kind's entries (for one audience, or both) are then one rowid range, which FTS5 seeks to inside its doclists:
// counting matches per kind and keeping members-only entries from the public never reads the entries table, which
// is what keeps a word found in 15% of 100,000 entries to a few milliseconds (docs/PERFORMANCE.md).
import { sql, type RawBuilder } from 'kysely';
import {
  deleteEntryRow, entryColumns, insertEntryRow, toEntry, type EntryFilters, type EntryRow, type EntryTokens, type Executor,
  type Matches, type PageChoice,
} from './entries.repository.ts';
import { facetTokens, fenced, filterTokens } from './facet-tokens.ts';
import { fts5Expressions } from './query-expressions.ts';
import type { Audience, SearchEntry } from './search-entry.ts';
import type { SearchTerm } from './search-query.ts';
import { needsSubstringIndex, wordIndexTokens } from './search-text.ts';

// Rowids are bound as BigInt: better-sqlite3 binds other numbers as REAL, and FTS5 then scans instead of seeking.
const idSpan = 2n ** 40n;
const maxKindCode = 15;
const rowidOf = (code: number, audience: Audience, id: number): bigint => (BigInt(code) * 2n + (audience === 'members' ? 1n : 0n)) * idSpan + BigInt(id);

/** Each kind's small number, given on first use (search_kinds). */
async function kindCode(db: Executor, kind: string): Promise<number> {
  await sql`insert into search_kinds (kind) values (${kind}) on conflict (kind) do nothing`.execute(db);
  const { rows } = await sql<{ code: number }>`select code from search_kinds where kind = ${kind}`.execute(db);
  const code = rows[0]!.code;
  if (code > maxKindCode) throw new Error(`search holds at most ${maxKindCode} kinds; ${kind} would be kind ${code}`);
  return code;
}

async function deleteFullText(db: Executor, rowid: bigint): Promise<void> {
  await sql`delete from search_words where rowid = ${rowid}`.execute(db);
  await sql`delete from search_substrings where rowid = ${rowid}`.execute(db);
}

export async function saveEntry(db: Executor, entry: SearchEntry, tokens: EntryTokens): Promise<void> {
  const code = await kindCode(db, entry.kind);
  const previous = await deleteEntryRow(db, entry.kind, entry.refId);
  if (previous) await deleteFullText(db, rowidOf(code, previous.audience, previous.id));
  const rowid = rowidOf(code, entry.audience, await insertEntryRow(db, entry));
  const facets = facetTokens(entry);
  const words = (list: string[]) => wordIndexTokens(list).join(' ');
  await sql`insert into search_words (rowid, title, body, facets)
    values (${rowid}, ${words(tokens.title)}, ${words(tokens.body)}, ${facets.join(' ')})`.execute(db);
  if (needsSubstringIndex(tokens.title) || needsSubstringIndex(tokens.body)) {
    await sql`insert into search_substrings (rowid, title, body, facets)
      values (${rowid}, ${tokens.title.join(' ')}, ${tokens.body.join(' ')}, ${facets.map(fenced).join(' ')})`.execute(db);
  }
}

export async function deleteEntry(db: Executor, kind: string, refId: string): Promise<boolean> {
  const previous = await deleteEntryRow(db, kind, refId);
  if (!previous) return false;
  await deleteFullText(db, rowidOf(await kindCode(db, kind), previous.audience, previous.id));
  return true;
}

interface KindRange { kind: string; from: bigint; to: bigint }

/** The rowid range of every kind, for the audiences the filters allow. */
async function kindRanges(db: Executor, filters: EntryFilters): Promise<KindRange[]> {
  const { rows } = await sql<{ code: number; kind: string }>`select code, kind from search_kinds order by code`.execute(db);
  const members = filters.audiences.includes('members');
  return rows.map((row) => ({ kind: row.kind, from: BigInt(row.code) * 2n * idSpan, to: (BigInt(row.code) * 2n + (members ? 2n : 1n)) * idSpan }));
}

/** The table to read, and the conditions every range shares: the MATCH and, for mixed scripts, the word terms. */
function source(terms: readonly SearchTerm[], filters: EntryFilters): { table: 'search_words' | 'search_substrings'; where: RawBuilder<unknown>[] } {
  const { words, substrings, alsoWords } = fts5Expressions(terms, filterTokens(filters));
  if (substrings !== null) {
    const where = [sql`search_substrings match ${substrings}`];
    if (alsoWords !== null) where.push(sql`rowid in (select rowid from search_words where search_words match ${alsoWords})`);
    return { table: 'search_substrings', where };
  }
  return { table: 'search_words', where: words === null ? [] : [sql`search_words match ${words}`] };
}

function inRange(range: KindRange, where: readonly RawBuilder<unknown>[]): RawBuilder<unknown> {
  return sql.join([...where, sql`rowid >= ${range.from}`, sql`rowid < ${range.to}`], sql` and `);
}

/**
 * Several ranges as one condition, for ranking in one statement: bm25 first counts the entries holding each term
 * (a pass over its whole doclist), once per statement rather than once per range. At most `countLimit` entries
 * reach ranking, so checking each match's range is cheap.
 */
function inRanges(ranges: readonly KindRange[], where: readonly RawBuilder<unknown>[]): RawBuilder<unknown> {
  if (ranges.length === 1) return inRange(ranges[0]!, where);
  const blocks = ranges.flatMap((range) => {
    const list: bigint[] = [];
    for (let block = range.from / idSpan; block < range.to / idSpan; block++) list.push(block);
    return list;
  });
  return sql.join([...where, sql`rowid / ${idSpan} in (${sql.join(blocks)})`], sql` and `);
}

export async function matchEntries(
  db: Executor, terms: readonly SearchTerm[], filters: EntryFilters, countUpTo: number, pageFor: PageChoice,
): Promise<Matches> {
  const ranges = await kindRanges(db, filters);
  if (!ranges.length) return { byKind: new Map(), entries: [] };
  const { table, where } = source(terms, filters);
  const fts = sql.table(table);
  // Counting stops at countUpTo: FTS5 reads no further into a doclist than the LIMIT needs.
  const counts = ranges.map((range) => sql`select ${range.kind} as kind, count(*) as n from (select 1 from ${fts} where ${inRange(range, where)} limit ${countUpTo})`);
  const { rows: counted } = await sql<{ kind: string; n: number }>`${sql.join(counts, sql` union all `)}`.execute(db);
  const byKind = new Map(counted.filter((row) => row.n > 0).map((row) => [row.kind, Number(row.n)]));
  const page = pageFor(byKind);
  const chosen = ranges.filter((range) => byKind.has(range.kind) && (!filters.kinds?.length || filters.kinds.includes(range.kind)));
  if (!page || !chosen.length) return { byKind, entries: [] };
  const id = sql`rowid % ${idSpan}`;
  // Title words weigh four times body words, as weights A and D do on PostgreSQL; facet words not at all.
  const hits = page.order === 'relevance' && where.length
    ? [sql`select ${id} as id, bm25(${fts}, 4.0, 1.0, 0.0) as score from ${fts} where ${inRanges(chosen, where)}`]
    // Newest first needs only each range's newest rows: FTS5 reads its doclists in rowid order and stops there.
    : chosen.map((range) => sql`select * from (select ${id} as id, 0 as score from ${fts} where ${inRange(range, where)}
        order by rowid desc limit ${page.offset + page.limit})`);
  const { rows } = await sql<EntryRow>`select ${entryColumns} from (${sql.join(hits, sql` union all `)}
    order by score, id desc limit ${page.limit} offset ${page.offset}) hit join search_entries e on e.id = hit.id
    order by hit.score, hit.id desc`.execute(db);
  return { byKind, entries: rows.map(toEntry) };
}
