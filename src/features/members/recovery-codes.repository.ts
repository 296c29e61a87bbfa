// SQL for members' recovery codes, which stand in for any of their second factors. Codes arrive hashed.
import type { Db, Transaction } from '../../db/database.ts';

type Executor = Db | Transaction;

/** The member's codes become exactly these: every earlier one, used or not, stops working. */
export async function replaceMemberRecoveryCodes(trx: Transaction, memberId: string, codeHashes: readonly string[]): Promise<void> {
  await deleteMemberRecoveryCodes(trx, memberId);
  await trx.insertInto('member_recovery_codes').values(codeHashes.map((code_hash) => ({ member_id: memberId, code_hash, used_at: null }))).execute();
}

export async function deleteMemberRecoveryCodes(trx: Transaction, memberId: string): Promise<void> {
  await trx.deleteFrom('member_recovery_codes').where('member_id', '=', memberId).execute();
}

/** Whether the member was ever given codes that still stand, used ones included. */
export async function holdsMemberRecoveryCodes(db: Executor, memberId: string): Promise<boolean> {
  const row = await db.selectFrom('member_recovery_codes').select('member_id').where('member_id', '=', memberId).limit(1).executeTakeFirst();
  return row !== undefined;
}

/** Uses a recovery code in the statement that checks it, so it works once. */
export async function useMemberRecoveryCode(db: Executor, memberId: string, codeHash: string, now: string): Promise<boolean> {
  const result = await db.updateTable('member_recovery_codes').set({ used_at: now })
    .where('member_id', '=', memberId).where('code_hash', '=', codeHash).where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function countMemberRecoveryCodes(db: Executor, memberId: string): Promise<number> {
  const row = await db.selectFrom('member_recovery_codes').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('member_id', '=', memberId).where('used_at', 'is', null).executeTakeFirstOrThrow();
  return Number(row.n);
}
