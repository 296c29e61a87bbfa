// SQL for the table of spent challenges. The primary key makes "spend" atomic on both engines, so several app
// instances on one PostgreSQL can never accept the same challenge twice.
import type { Db } from '../../db/database.ts';

/** True when this call spent the challenge; false when someone already had. */
export async function insertSpentChallenge(db: Db, id: string, expiresAtIso: string): Promise<boolean> {
  const result = await db.insertInto('spent_challenges').values({ id, expires_at: expiresAtIso })
    .onConflict((conflict) => conflict.column('id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Forgets challenges that have expired anyway: an expired challenge is refused before this table is read. ISO instants compare as text. */
export async function deleteExpiredSpentChallenges(db: Db, nowIso: string): Promise<void> {
  await db.deleteFrom('spent_challenges').where('expires_at', '<=', nowIso).execute();
}
