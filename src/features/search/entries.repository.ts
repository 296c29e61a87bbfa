// The search_entries table, the same on both engines. An entry indexed again is deleted and inserted anew, so its
// id always grows: "newest" means most recently published or changed, on SQLite and PostgreSQL alike.
import { sql, type RawBuilder } from 'kysely';
import type { Db, Transaction } from '../../db/database.ts';
import type { RegionalGroup } from '../../platform/geo/un-regional-groups.ts';
import type { Audience, SearchEntry } from './search-entry.ts';

export type Executor = Db | Transaction;

/** An entry's title and body as folded tokens (search-text.ts). */
export interface EntryTokens {
  title: string[];
  body: string[];
}

export interface EntryFilters {
  kinds?: readonly string[] | undefined;
  theme?: string | undefined;
  country?: string | undefined;
  region?: RegionalGroup | undefined;
  audiences: readonly Audience[];
}

/** 'relevance' ranks by the engine's score; 'newest' by id, for broad queries and browsing by filters. */
export type Order = 'relevance' | 'newest';

export interface MatchRequest {
  /** Matches are counted per kind up to this many. */
  countUpTo: number;
  /** The page: `limit` entries after the first `offset`. */
  limit: number;
  offset: number;
  /** The order to read the page in, chosen once the matches per kind are counted; null reads none. */
  orderFor: (byKind: ReadonlyMap<string, number>) => Order | null;
}

export interface Matches {
  /** Matches per kind, whatever kinds the filters name. */
  byKind: Map<string, number>;
  /** The page of entries of the kinds the filters name. */
  entries: SearchEntry[];
}

/** The entry's previous id and audience, if it was indexed: the full-text rows to delete go by them. */
export async function deleteEntryRow(db: Executor, kind: string, refId: string): Promise<{ id: number; audience: Audience } | undefined> {
  const row = await db.deleteFrom('search_entries').where('kind', '=', kind).where('ref_id', '=', refId)
    .returning(['id', 'audience']).executeTakeFirst();
  return row && { id: Number(row.id), audience: row.audience as Audience };
}

/** Inserts the entry; `extra` carries an engine's own columns (PostgreSQL's document). */
export async function insertEntryRow(db: Executor, entry: SearchEntry, extra: Record<string, RawBuilder<unknown>> = {}): Promise<number> {
  const row = {
    kind: entry.kind, ref_id: entry.refId, url: entry.url, language: entry.language, title: entry.title, excerpt: entry.excerpt,
    themes: JSON.stringify(entry.themes), countries: JSON.stringify(entry.countries), regional_groups: JSON.stringify(entry.regionalGroups),
    audience: entry.audience,
    updated_at: entry.updatedAt,
  };
  const { id } = await db.insertInto('search_entries').values({ ...row, ...extra } as typeof row).returning('id').executeTakeFirstOrThrow();
  return Number(id);
}

export interface EntryRow {
  id: number; kind: string; ref_id: string; url: string; language: string; title: string; excerpt: string; themes: string;
  countries: string; regional_groups: string; audience: string; updated_at: string;
}

export const entryColumns = sql`e.id, e.kind, e.ref_id, e.url, e.language, e.title, e.excerpt, e.themes, e.countries, e.regional_groups, e.audience, e.updated_at`;

export const toEntry = (row: EntryRow): SearchEntry => ({
  kind: row.kind, refId: row.ref_id, url: row.url, language: row.language, title: row.title, excerpt: row.excerpt,
  themes: JSON.parse(row.themes) as string[], countries: JSON.parse(row.countries) as string[],
  regionalGroups: JSON.parse(row.regional_groups) as RegionalGroup[],
  audience: row.audience as Audience, updatedAt: row.updated_at,
});

export async function findEntry(db: Executor, kind: string, refId: string): Promise<SearchEntry | undefined> {
  const { rows } = await sql<EntryRow>`select ${entryColumns} from search_entries e where e.kind = ${kind} and e.ref_id = ${refId}`.execute(db);
  return rows[0] && toEntry(rows[0]);
}
