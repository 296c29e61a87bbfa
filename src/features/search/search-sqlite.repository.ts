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
  type MatchRequest, type Matches,
} from './entries.repository.ts';
import { facetTokens, substringFacetTokens } from './facet-tokens.ts';
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
      values (${rowid}, ${tokens.title.join(' ')}, ${tokens.body.join(' ')}, ${substringFacetTokens(entry).join(' ')})`.execute(db);
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

/** The table a search reads, and its conditions for the entries whose rowids lie in [from, to). */
interface Source {
  table: 'search_words' | 'search_substrings';
  /** `known`: the ids of every match, when a first pass has read them all (the words table need not be read again). */
  where: (from: bigint, to: bigint, known?: readonly number[]) => RawBuilder<unknown>[];
  /** False when no term or filter word is asked: every entry of the ranges matches. */
  matches: boolean;
  /** Whether to count every kind with one cursor (a prefix term: fts5Expressions says why). */
  once: boolean;
}

function source(terms: readonly SearchTerm[], filters: EntryFilters): Source {
  const { words, substrings, prefix } = fts5Expressions(terms, filters);
  const within = (from: bigint, to: bigint) => [sql`rowid >= ${from}`, sql`rowid < ${to}`];
  if (substrings === null) {
    const match = words === null ? [] : [sql`search_words match ${words}`];
    return { table: 'search_words', where: (from, to) => [...match, ...within(from, to)], matches: words !== null, once: prefix };
  }
  // Word terms and filters are looked up in the words table, for the same range. The unary + keeps SQLite from
  // handing the list to FTS5 as rowid constraints, which it would seek one by one: seconds, at 100,000 entries, for
  // "国际团结 人权" or "التضامن في" (docs/PERFORMANCE.md).
  return {
    table: 'search_substrings',
    where: (from, to, known) => [sql`search_substrings match ${substrings}`, ...within(from, to), ...(words === null ? [] : [known
      ? sql`rowid % ${idSpan} in (${sql.join(known)})`
      : sql`+rowid in (select rowid from search_words where search_words match ${words} and rowid >= ${from} and rowid < ${to})`,
    ])],
    matches: true,
    once: prefix,
  };
}

const inRange = (range: KindRange, from: Source): RawBuilder<unknown> => sql.join(from.where(range.from, range.to), sql` and `);

/** The rowid blocks (kind code × 2 + members) of some ranges. */
const blocksOf = (ranges: readonly KindRange[]): bigint[] => ranges.flatMap((range) => {
  const list: bigint[] = [];
  for (let block = range.from / idSpan; block < range.to / idSpan; block++) list.push(block);
  return list;
});

/** Where the rowids of several ranges lie: from the first's start to the last's end, in one of their blocks. */
function inRanges(ranges: readonly KindRange[], from: Source, known?: readonly number[]): RawBuilder<unknown> {
  const first = ranges.reduce((low, range) => (range.from < low ? range.from : low), ranges[0]!.from);
  const last = ranges.reduce((high, range) => (range.to > high ? range.to : high), ranges[0]!.to);
  const blocks = ranges.length === 1 ? [] : [sql`rowid / ${idSpan} in (${sql.join(blocksOf(ranges))})`];
  return sql.join([...from.where(first, last, known), ...blocks], sql` and `);
}

interface Counted {
  kind: string;
  n: number;
  /** The ids read, comma-separated. */
  ids: string | null;
  /** Whether every match of the kind was read, so `ids` holds its newest. */
  whole: boolean;
}

const kindOf = (ranges: readonly KindRange[], block: number): KindRange | undefined =>
  ranges.find((range) => BigInt(block) * idSpan >= range.from && BigInt(block) * idSpan < range.to);

/**
 * Counts per kind, listing the ids it read. A first pass reads every kind with one cursor, kind after kind in rowid
 * order, up to `reach` matches: a query matching fewer is counted whole by it, since each cursor costs FTS5 a seek
 * of every term in every segment, which for a few matches is most of the work. Stopped at `reach`, the kinds it read
 * to the end are whole; the kind it stopped in has more than anyone counts if it filled the pass alone, and is
 * counted again with the kinds after it otherwise, a pass per kind up to `reach` (FTS5 reads no further into its
 * doclists than the LIMIT needs). With a prefix term the first pass reads everything: each cursor would merge the
 * prefix's doclists again (5 ms a time for "的" at 100,000 entries).
 */
async function countKinds(db: Executor, fts: RawBuilder<unknown>, from: Source, ranges: readonly KindRange[], reach: number): Promise<Counted[]> {
  // A list is wanted only of a kind read to the end: a longer one would cross into JavaScript for nothing.
  const ids = from.once ? sql`group_concat(id)` : sql`case when count(*) < ${reach} then group_concat(id) end`;
  const { rows } = await sql<{ block: number; n: number; ids: string }>`select block, count(*) as n, ${ids} as ids
    from (select rowid / ${idSpan} as block, rowid % ${idSpan} as id from ${fts} where ${inRanges(ranges, from)}
      order by rowid ${from.once ? sql`` : sql`limit ${reach}`}) group by block order by block`.execute(db);
  const read = ranges.map((range) => {
    const blocks = rows.filter((row) => kindOf([range], row.block));
    const n = blocks.reduce((sum, row) => sum + Number(row.n), 0);
    return { kind: range.kind, n, ids: n ? blocks.map((row) => row.ids).join(',') : null, whole: true };
  });
  if (from.once || read.reduce((sum, kind) => sum + kind.n, 0) < reach) return read;
  const stopped = ranges.indexOf(kindOf(ranges, rows[rows.length - 1]!.block)!);
  if (read[stopped]!.n >= reach) read[stopped]!.whole = false;
  const again = ranges.filter((_, i) => i > stopped || (i === stopped && read[stopped]!.whole));
  if (!again.length) return read;
  const counts = again.map((range) => sql`select ${range.kind} as kind, count(*) as n, ${ids} as ids
    from (select rowid % ${idSpan} as id from ${fts} where ${inRange(range, from)} limit ${reach})`);
  const { rows: counted } = await sql<Omit<Counted, 'whole'>>`${sql.join(counts, sql` union all `)}`.execute(db);
  return read.map((kind) => {
    const row = counted.find((other) => other.kind === kind.kind);
    return row ? { ...row, n: Number(row.n), whole: Number(row.n) < reach } : kind;
  });
}

/** Appends the numbers of a comma-separated list of ids (digits only), without a string per id. */
function readIds(list: string, into: number[]): void {
  let id = 0;
  for (let i = 0; i < list.length; i++) {
    const code = list.charCodeAt(i);
    if (code === 44) {
      into.push(id);
      id = 0;
    } else id = id * 10 + code - 48;
  }
  into.push(id);
}

/**
 * The page in newest order: ids from the counting pass for the kinds it read to the end, and for a kind with more
 * matches than it read, that kind's newest from one more pass, read backwards and stopped at the page's end.
 */
async function newestIds(db: Executor, fts: RawBuilder<unknown>, from: Source, chosen: readonly Counted[], ranges: readonly KindRange[], end: number): Promise<number[]> {
  const ids: number[] = [];
  for (const row of chosen) if (row.whole) readIds(row.ids!, ids);
  // Read block by block: a members' block follows the public one in rowid order, whatever the ids.
  const cut = blocksOf(ranges.filter((range) => chosen.some((row) => row.kind === range.kind && !row.whole)));
  if (cut.length) {
    const newest = cut.map((block) => sql`select * from (select rowid % ${idSpan} as id from ${fts}
      where ${inRange({ kind: '', from: block * idSpan, to: (block + 1n) * idSpan }, from)} order by rowid desc limit ${end})`);
    const { rows } = await sql<{ id: number }>`${sql.join(newest, sql` union all `)}`.execute(db);
    ids.push(...rows.map((row) => Number(row.id)));
  }
  const ascending = Float64Array.from(ids).sort(); // a typed array sorts numbers without a comparator call each
  return Array.from(ascending.subarray(Math.max(0, ascending.length - end))).reverse();
}

export async function matchEntries(
  db: Executor, terms: readonly SearchTerm[], filters: EntryFilters, { countUpTo, limit, offset, orderFor }: MatchRequest,
): Promise<Matches> {
  const ranges = await kindRanges(db, filters);
  if (!ranges.length) return { byKind: new Map(), entries: [] };
  const from = source(terms, filters);
  const fts = sql.table(from.table);
  const counted = await countKinds(db, fts, from, ranges, Math.max(countUpTo, offset + limit));
  const byKind = new Map(counted.filter((row) => row.n > 0).map((row) => [row.kind, Math.min(Number(row.n), countUpTo)]));
  const order = orderFor(byKind);
  const chosen = counted.filter((row) => row.n > 0 && (!filters.kinds?.length || filters.kinds.includes(row.kind)));
  if (!order || !chosen.length) return { byKind, entries: [] };
  if (order === 'newest' || !from.matches) {
    const ids = (await newestIds(db, fts, from, chosen, ranges, offset + limit)).slice(offset, offset + limit);
    if (!ids.length) return { byKind, entries: [] };
    const { rows } = await sql<EntryRow>`select ${entryColumns} from search_entries e where e.id in (${sql.join(ids)})
      order by e.id desc`.execute(db);
    return { byKind, entries: rows.map(toEntry) };
  }
  // One statement for every chosen kind: bm25 first counts the entries holding each term, a pass over its whole
  // doclist, once per statement. Relevance comes only with at most countUpTo matches, all read by the count: their
  // ids stand in for the words table. Title words weigh four times body words, as weights A and D do on PostgreSQL;
  // facet words not at all.
  const known: number[] = [];
  for (const row of chosen) readIds(row.ids!, known);
  const { rows } = await sql<EntryRow>`select ${entryColumns} from (select rowid % ${idSpan} as id, bm25(${fts}, 4.0, 1.0, 0.0) as score
    from ${fts} where ${inRanges(ranges.filter((range) => chosen.some((row) => row.kind === range.kind)), from, known)}
    order by score, id desc limit ${limit} offset ${offset}) hit join search_entries e on e.id = hit.id
    order by hit.score, hit.id desc`.execute(db);
  return { byKind, entries: rows.map(toEntry) };
}
