// SQL for TOTP second factors and recovery codes. Secrets arrive sealed; codes arrive hashed.
import type { Db, Transaction } from '../../db/database.ts';

type Executor = Db | Transaction;

export interface TwoFactorState {
  secretSealed: Buffer | null;
  pendingSealed: Buffer | null;
  enabledAt: string | null;
  lastStep: number | null;
}

export async function findTwoFactor(db: Executor, userId: string): Promise<TwoFactorState | undefined> {
  const row = await db.selectFrom('staff_users')
    .select(['totp_secret_sealed', 'totp_pending_sealed', 'totp_enabled_at', 'totp_last_step'])
    .where('id', '=', userId).executeTakeFirst();
  return row && {
    secretSealed: row.totp_secret_sealed ? Buffer.from(row.totp_secret_sealed) : null,
    pendingSealed: row.totp_pending_sealed ? Buffer.from(row.totp_pending_sealed) : null,
    enabledAt: row.totp_enabled_at,
    lastStep: row.totp_last_step === null ? null : Number(row.totp_last_step),
  };
}

export async function setPendingSecret(db: Executor, userId: string, sealed: Buffer): Promise<void> {
  await db.updateTable('staff_users').set({ totp_pending_sealed: sealed }).where('id', '=', userId).execute();
}

/** The pending secret becomes the member's second factor; the confirming code's step counts as used. */
export async function enableSecret(trx: Transaction, userId: string, sealed: Buffer, step: number, now: string): Promise<void> {
  await trx.updateTable('staff_users')
    .set({ totp_secret_sealed: sealed, totp_pending_sealed: null, totp_enabled_at: now, totp_last_step: step })
    .where('id', '=', userId).execute();
}

export async function disableSecret(trx: Transaction, userId: string): Promise<void> {
  await trx.updateTable('staff_users')
    .set({ totp_secret_sealed: null, totp_pending_sealed: null, totp_enabled_at: null, totp_last_step: null })
    .where('id', '=', userId).execute();
  await trx.deleteFrom('staff_recovery_codes').where('user_id', '=', userId).execute();
}

/** Records a code's time step as used, only if it is later than the last one: a code works once, even in a race. */
export async function claimStep(db: Executor, userId: string, step: number): Promise<boolean> {
  const result = await db.updateTable('staff_users')
    .set({ totp_last_step: step })
    .where('id', '=', userId)
    .where('totp_enabled_at', 'is not', null)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function replaceRecoveryCodes(trx: Transaction, userId: string, codeHashes: readonly string[]): Promise<void> {
  await trx.deleteFrom('staff_recovery_codes').where('user_id', '=', userId).execute();
  await trx.insertInto('staff_recovery_codes').values(codeHashes.map((code_hash) => ({ user_id: userId, code_hash, used_at: null }))).execute();
}

/** Uses a recovery code in the statement that checks it, so it works once. */
export async function useRecoveryCode(db: Executor, userId: string, codeHash: string, now: string): Promise<boolean> {
  const result = await db.updateTable('staff_recovery_codes')
    .set({ used_at: now })
    .where('user_id', '=', userId).where('code_hash', '=', codeHash).where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function countUnusedRecoveryCodes(db: Executor, userId: string): Promise<number> {
  const row = await db.selectFrom('staff_recovery_codes').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId).where('used_at', 'is', null).executeTakeFirstOrThrow();
  return Number(row.n);
}
