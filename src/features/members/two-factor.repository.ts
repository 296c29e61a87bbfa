// SQL for members' TOTP second factor. Secrets arrive wrapped. (Recovery codes, which cover every factor, are in
// recovery-codes.repository.ts.)
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

/** The pending secret becomes the second factor; the confirming code's step counts as used. */
export async function enableMemberSecret(trx: Transaction, memberId: string, wrapped: Buffer, step: number, now: string): Promise<void> {
  await trx.updateTable('members')
    .set({ totp_secret_wrapped: wrapped, totp_pending_wrapped: null, totp_enabled_at: now, totp_last_step: step })
    .where('id', '=', memberId).execute();
}

export async function disableMemberSecret(trx: Transaction, memberId: string): Promise<void> {
  await trx.updateTable('members')
    .set({ totp_secret_wrapped: null, totp_pending_wrapped: null, totp_enabled_at: null, totp_last_step: null })
    .where('id', '=', memberId).execute();
}

/** Records a code's time step as used, only if later than the last one: a code works once, even in a race. */
export async function claimMemberStep(db: Executor, memberId: string, step: number): Promise<boolean> {
  const result = await db.updateTable('members').set({ totp_last_step: step })
    .where('id', '=', memberId).where('totp_enabled_at', 'is not', null)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
