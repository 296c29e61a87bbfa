// Setting up a second factor: a secret shown to the member (as text and an otpauth:// address), confirmed with a
// code from their app, then ten single-use recovery codes shown once. Disabling it asks for the password.
import type { KeyObject } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { DecryptionFailedError, rawPublicKey } from '../../platform/crypto/index.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { findStaffUserById } from './accounts.repository.ts';
import { verifyPassword } from './passwords.ts';
import { recordAudit } from './record-audit.ts';
import {
  hashRecoveryCode, matchingStep, newRecoveryCodes, newTotpSecret, openTotpSecret, sealTotpSecret, totpUri,
} from './two-factor.ts';
import {
  countUnusedRecoveryCodes, disableSecret, enableSecret, findTwoFactor, replaceRecoveryCodes, setPendingSecret,
} from './two-factor.repository.ts';

export type TwoFactorSetup =
  | { kind: 'enabled'; recoveryCodesLeft: number }
  /** The member's key is not in this server's memory (it restarted): they must sign in again. */
  | { kind: 'key-missing' }
  | { kind: 'pending'; secret: string; uri: string };

/** What the two-factor page shows; a secret awaiting confirmation is kept (sealed) so a reload shows the same one. */
export async function twoFactorSetup(db: Db, userId: string, privateKey: KeyObject | null): Promise<TwoFactorSetup> {
  const [user, state] = await Promise.all([findStaffUserById(db, userId), findTwoFactor(db, userId)]);
  if (!user) return { kind: 'key-missing' };
  if (state?.enabledAt) return { kind: 'enabled', recoveryCodesLeft: await countUnusedRecoveryCodes(db, user.id) };
  if (!privateKey) return { kind: 'key-missing' };
  let secret: string | null = null;
  if (state?.pendingSealed) {
    try {
      secret = openTotpSecret(state.pendingSealed, privateKey);
    } catch (error) {
      if (!(error instanceof DecryptionFailedError)) throw error;
    }
  }
  if (!secret) {
    secret = newTotpSecret();
    await setPendingSecret(db, user.id, sealTotpSecret(secret, rawPublicKey(privateKey)));
  }
  return { kind: 'pending', secret, uri: totpUri(secret, user.email) };
}

export type ConfirmOutcome =
  | { kind: 'key-missing' }
  | { kind: 'invalid'; errors: FieldErrors }
  | { kind: 'enabled'; recoveryCodes: string[] };

export async function confirmTwoFactor(db: Db, userId: string, privateKey: KeyObject | null, code: string, now: Date): Promise<ConfirmOutcome> {
  if (!privateKey) return { kind: 'key-missing' };
  const state = await findTwoFactor(db, userId);
  if (state?.enabledAt) return { kind: 'enabled', recoveryCodes: [] };
  const step = state?.pendingSealed ? matchingStep(openTotpSecret(state.pendingSealed, privateKey), code, now) : null;
  if (step === null || !state?.pendingSealed) return { kind: 'invalid', errors: { code: { key: 'accounts.error-code-wrong' } } };
  const recoveryCodes = newRecoveryCodes();
  const sealed = state.pendingSealed;
  await db.transaction().execute(async (trx) => {
    await enableSecret(trx, userId, sealed, step, now.toISOString());
    await replaceRecoveryCodes(trx, userId, recoveryCodes.map(hashRecoveryCode));
    await recordAudit(trx, { at: now, actorId: userId, action: 'two-factor-enrolled' });
  });
  return { kind: 'enabled', recoveryCodes };
}

/** Removes the second factor (to move it to a new phone, say); roles that need one are asked to set it up again. */
export async function disableTwoFactor(db: Db, userId: string, password: string, now: Date): Promise<{ kind: 'invalid'; errors: FieldErrors } | { kind: 'disabled' }> {
  const user = await findStaffUserById(db, userId);
  if (!user || !(await verifyPassword(user.passwordHash, password))) {
    return { kind: 'invalid', errors: { password: { key: 'accounts.error-current-password' } } };
  }
  await db.transaction().execute(async (trx) => {
    await disableSecret(trx, userId);
    await recordAudit(trx, { at: now, actorId: userId, action: 'two-factor-disabled' });
  });
  return { kind: 'disabled' };
}
