// The one door to search's storage: each call goes to the engine's own full-text repository (SQLite FTS5 or
// PostgreSQL tsvector), so nothing outside the repositories knows the engines differ.
import { PostgresAdapter } from 'kysely';
import type { Engine } from '../../db/database.ts';
import type { EntryFilters, EntryTokens, Executor, MatchRequest, Matches } from './entries.repository.ts';
import * as postgres from './search-postgres.repository.ts';
import type { SearchEntry } from './search-entry.ts';
import type { SearchTerm } from './search-query.ts';
import * as sqlite from './search-sqlite.repository.ts';

export { findEntry, type EntryFilters, type EntryTokens, type MatchRequest, type Order } from './entries.repository.ts';

/** Writers are handed a database or transaction by other features, without the engine: it is read off the executor. */
const engineOf = (db: Executor): Engine => (db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite');
const on = (engine: Engine) => (engine === 'postgres' ? postgres : sqlite);

/** Inserts or replaces the entry and its full-text rows: several statements, so run it in a transaction. */
export function saveEntry(db: Executor, entry: SearchEntry, tokens: EntryTokens): Promise<void> {
  return on(engineOf(db)).saveEntry(db, entry, tokens);
}

export function deleteEntry(db: Executor, kind: string, refId: string): Promise<boolean> {
  return on(engineOf(db)).deleteEntry(db, kind, refId);
}

/**
 * Counts the matches per kind up to `countUpTo` (whatever kinds the filters name, for the audiences they allow), then
 * reads the page, of the kinds the filters name, in the order `orderFor` chooses from those counts.
 */
export function matchEntries(db: Executor, engine: Engine, terms: readonly SearchTerm[], filters: EntryFilters, request: MatchRequest): Promise<Matches> {
  return on(engine).matchEntries(db, terms, filters, request);
}
