// SQL for members' TOTP second factor and recovery codes. Secrets arrive wrapped; codes arrive hashed.
import type { Db, Transaction } from '../../db/database.ts';

type Executor = Db | Transaction;

export interface MemberTwoFactor {
  secretWrapped: Buffer | null;
  pendingWrapped: Buffer | null;
  enabledAt: string | null;
}

export async function findMemberTwoFactor(db: Executor, memberId: string): Promise<MemberTwoFactor | undefined> {
  const row = await db.selectFrom('members').select(['totp_secret_wrapped', 'totp_pending_wrapped', 'totp_enabled_at'])
    .where('id', '=', memberId).executeTakeFirst();
  return row && {
    secretWrapped: row.totp_secret_wrapped ? Buffer.from(row.totp_secret_wrapped) : null,
    pendingWrapped: row.totp_pending_wrapped ? Buffer.from(row.totp_pending_wrapped) : null,
    enabledAt: row.totp_enabled_at,
  };
}

export async function setMemberPendingSecret(db: Executor, memberId: string, wrapped: Buffer): Promise<void> {
  await db.updateTable('members').set({ totp_pending_wrapped: wrapped }).where('id', '=', memberId).execute();
}

/** The pending secret becomes the second factor, with ten fresh recovery codes; the confirming code's step counts as used. */
export async function enableMemberSecret(trx: Transaction, memberId: string, wrapped: Buffer, step: number, codeHashes: readonly string[], now: string): Promise<void> {
  await trx.updateTable('members')
    .set({ totp_secret_wrapped: wrapped, totp_pending_wrapped: null, totp_enabled_at: now, totp_last_step: step })
    .where('id', '=', memberId).execute();
  await trx.deleteFrom('member_recovery_codes').where('member_id', '=', memberId).execute();
  await trx.insertInto('member_recovery_codes').values(codeHashes.map((code_hash) => ({ member_id: memberId, code_hash, used_at: null }))).execute();
}

export async function disableMemberSecret(trx: Transaction, memberId: string): Promise<void> {
  await trx.updateTable('members')
    .set({ totp_secret_wrapped: null, totp_pending_wrapped: null, totp_enabled_at: null, totp_last_step: null })
    .where('id', '=', memberId).execute();
  await trx.deleteFrom('member_recovery_codes').where('member_id', '=', memberId).execute();
}

/** Records a code's time step as used, only if later than the last one: a code works once, even in a race. */
export async function claimMemberStep(db: Executor, memberId: string, step: number): Promise<boolean> {
  const result = await db.updateTable('members').set({ totp_last_step: step })
    .where('id', '=', memberId).where('totp_enabled_at', 'is not', null)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
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
