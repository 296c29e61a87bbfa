// Runs a change to a conversation in one transaction, trying again when two writers took the same position at
// once (PostgreSQL lets both read the same last position; the unique index refuses the second).
import type { Db, Transaction } from '../../db/database.ts';

function isPositionClash(error: unknown): boolean {
  const { code, message } = error as { code?: string; message?: string };
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || /follow_up_messages/.test(message ?? '') && /unique/i.test(message ?? '');
}

export async function inConversationTransaction<T>(db: Db, work: (trx: Transaction) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.transaction().execute(work);
    } catch (error) {
      if (attempt >= 3 || !isPositionClash(error)) throw error;
    }
  }
}
