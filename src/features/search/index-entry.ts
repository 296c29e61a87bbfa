// How other features keep the index true: call these inside the transaction that publishes, edits, hides or
// withdraws the thing, so the index changes with it or not at all.
import type { Db, Transaction } from '../../db/database.ts';
import { normaliseEntry, type SearchEntryInput } from './search-entry.ts';
import { deleteEntry, saveEntry } from './search.repository.ts';
import { tokenize } from './search-text.ts';

/** Runs in the caller's transaction, or in one of its own when handed the database. */
function atomically<T>(db: Db | Transaction, work: (trx: Db | Transaction) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

/** Adds the entry, or replaces the one with the same kind and refId. */
export async function indexEntry(db: Db | Transaction, input: SearchEntryInput): Promise<void> {
  const entry = normaliseEntry(input);
  const tokens = { title: tokenize(entry.title), body: tokenize(entry.excerpt) };
  await atomically(db, (trx) => saveEntry(trx, entry, tokens));
}

/** Takes the entry out of the index; says whether there was one. */
export function removeEntry(db: Db | Transaction, kind: string, refId: string): Promise<boolean> {
  return atomically(db, (trx) => deleteEntry(trx, kind, refId));
}
