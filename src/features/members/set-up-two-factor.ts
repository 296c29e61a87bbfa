// A member's optional second factor (TOTP, the staff primitives). Its secret is wrapped under a key derived from
// SESSION_SECRET rather than the password: a password reset by email must leave it on, or the emailed link alone
// would get past it. A copy of the database without the server's secret still yields no codes.
import type { Db } from '../../db/database.ts';
import { unwrapUnderSecret, wrapUnderSecret } from '../../platform/crypto/index.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { matchingStep, newTotpSecret, totpUri, verifyPassword } from '../accounts/index.ts';
import { findMemberById } from './members.repository.ts';
import { countMemberRecoveryCodes } from './recovery-codes.repository.ts';
import { addSecondFactor, removeSecondFactor } from './second-factors.ts';
import { disableMemberSecret, enableMemberSecret, findMemberTwoFactor, setMemberPendingSecret } from './two-factor.repository.ts';

export function wrapTotpSecret(secret: string, serverSecret: string, memberId: string): Buffer {
  return wrapUnderSecret(Buffer.from(secret, 'utf8'), serverSecret, 'member-totp-secret', memberId);
}

export function unwrapTotpSecret(wrapped: Buffer, serverSecret: string, memberId: string): string {
  return unwrapUnderSecret(wrapped, serverSecret, 'member-totp-secret', memberId).toString('utf8');
}

export type MemberTwoFactorSetup = { kind: 'enabled'; recoveryCodesLeft: number } | { kind: 'pending'; secret: string; uri: string };

/** What the page shows; a secret awaiting confirmation is kept (wrapped) so a reload shows the same one. */
export async function memberTwoFactorSetup(db: Db, serverSecret: string, memberId: string, label: string): Promise<MemberTwoFactorSetup> {
  const state = await findMemberTwoFactor(db, memberId);
  if (state?.enabledAt) return { kind: 'enabled', recoveryCodesLeft: await countMemberRecoveryCodes(db, memberId) };
  let secret = state?.pendingWrapped ? unwrapTotpSecret(state.pendingWrapped, serverSecret, memberId) : null;
  if (!secret) {
    secret = newTotpSecret();
    await setMemberPendingSecret(db, memberId, wrapTotpSecret(secret, serverSecret, memberId));
  }
  return { kind: 'pending', secret, uri: totpUri(secret, label) };
}

/** `recoveryCodes` is empty when the member keeps the codes an earlier factor (a passkey) brought. */
export type ConfirmTwoFactorOutcome = { kind: 'invalid'; errors: FieldErrors } | { kind: 'enabled'; recoveryCodes: string[] };

export async function confirmMemberTwoFactor(db: Db, serverSecret: string, memberId: string, code: string, now: Date): Promise<ConfirmTwoFactorOutcome> {
  const state = await findMemberTwoFactor(db, memberId);
  if (state?.enabledAt) return { kind: 'enabled', recoveryCodes: [] };
  const pending = state?.pendingWrapped;
  const step = pending ? matchingStep(unwrapTotpSecret(pending, serverSecret, memberId), code, now) : null;
  if (!pending || step === null) return { kind: 'invalid', errors: { code: { key: 'accounts.error-code-wrong' } } };
  const recoveryCodes = await addSecondFactor(db, memberId, async (trx) => {
    await enableMemberSecret(trx, memberId, pending, step, now.toISOString());
    return true;
  });
  return { kind: 'enabled', recoveryCodes: recoveryCodes ?? [] };
}

export async function disableMemberTwoFactor(db: Db, memberId: string, password: string): Promise<{ kind: 'invalid'; errors: FieldErrors } | { kind: 'disabled' }> {
  const member = await findMemberById(db, memberId);
  if (!member || !(await verifyPassword(member.passwordHash, password))) {
    return { kind: 'invalid', errors: { password: { key: 'members.error-current-password' } } };
  }
  // The password is checked already, so removing the last factor (and the recovery codes with it) may go ahead.
  await removeSecondFactor(db, memberId, true, async (trx) => {
    await disableMemberSecret(trx, memberId);
    return true;
  });
  return { kind: 'disabled' };
}
