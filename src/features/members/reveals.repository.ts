// SQL for reveals: the member's own statement that a pseudonym is theirs. Nothing else links a pseudonym to anyone.
import type { Db, Transaction } from '../../db/database.ts';

type Executor = Db | Transaction;

export interface PseudonymReveal {
  pseudonymId: string;
  memberId: string;
  displayName: string;
  context: string;
  statement: string;
  revealedAt: string;
}

/** Inserts unless the pseudonym was already revealed (a reveal cannot be taken back or rewritten). */
export async function insertReveal(db: Executor, reveal: Omit<PseudonymReveal, 'displayName'>): Promise<boolean> {
  const result = await db.insertInto('pseudonym_reveals').values({
    pseudonym_id: reveal.pseudonymId, member_id: reveal.memberId, context: reveal.context, statement: reveal.statement, revealed_at: reveal.revealedAt,
  }).onConflict((oc) => oc.column('pseudonym_id').doNothing()).executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
}

export async function findReveals(db: Executor, pseudonymIds: readonly string[]): Promise<PseudonymReveal[]> {
  if (!pseudonymIds.length) return [];
  const rows = await db.selectFrom('pseudonym_reveals').innerJoin('members', 'members.id', 'pseudonym_reveals.member_id')
    .select(['pseudonym_reveals.pseudonym_id', 'pseudonym_reveals.member_id', 'members.display_name', 'pseudonym_reveals.context',
      'pseudonym_reveals.statement', 'pseudonym_reveals.revealed_at'])
    .where('pseudonym_reveals.pseudonym_id', 'in', [...pseudonymIds]).execute();
  return rows.map((r) => ({
    pseudonymId: r.pseudonym_id, memberId: r.member_id, displayName: r.display_name, context: r.context, statement: r.statement, revealedAt: r.revealed_at,
  }));
}
