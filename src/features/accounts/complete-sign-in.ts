// The second step of signing in: a code from the member's authenticator app (or a recovery code) for the sign-in
// their password started. A code works once; a few wrong ones end the attempt.
import type { KeyObject } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { deleteExpiredSessions } from './accounts.repository.ts';
import { recordAudit } from './record-audit.ts';
import type { Keyrings } from './session-keyring.ts';
import { startSession } from './sessions.ts';
import { hashRecoveryCode, looksLikeRecoveryCode, matchingStep, openTotpSecret } from './two-factor.ts';
import { claimStep, findTwoFactor, useRecoveryCode } from './two-factor.repository.ts';

export type CompleteSignInOutcome =
  | { kind: 'expired' }
  | { kind: 'wrong-code'; attemptsLeft: number }
  | { kind: 'signed-in'; sessionToken: string; userId: string; privateKey: KeyObject };

export async function completeSignIn(
  db: Db, keyrings: Keyrings, pendingHash: string | null, code: string, now: Date, sessionHours: number,
): Promise<CompleteSignInOutcome> {
  const pending = pendingHash ? keyrings.pending.get(pendingHash, now) : null;
  if (!pendingHash || !pending) return { kind: 'expired' };
  const state = await findTwoFactor(db, pending.userId);
  if (!state?.secretSealed) {
    keyrings.pending.drop(pendingHash);
    return { kind: 'expired' };
  }

  let method: 'totp' | 'recovery-code' | null = null;
  if (looksLikeRecoveryCode(code)) {
    if (await useRecoveryCode(db, pending.userId, hashRecoveryCode(code), now.toISOString())) method = 'recovery-code';
  } else {
    const step = matchingStep(openTotpSecret(state.secretSealed, pending.privateKey), code, now);
    if (step !== null && (await claimStep(db, pending.userId, step))) method = 'totp';
  }
  if (!method) {
    const attemptsLeft = keyrings.pending.fail(pendingHash);
    await recordAudit(db, { at: now, actorId: pending.userId, action: 'sign-in-failed', details: { step: 'code' } });
    return attemptsLeft > 0 ? { kind: 'wrong-code', attemptsLeft } : { kind: 'expired' };
  }

  keyrings.pending.drop(pendingHash);
  await deleteExpiredSessions(db, now.toISOString());
  const session = await startSession(db, pending.userId, now, sessionHours);
  keyrings.sessions.put(session.tokenHash, pending.userId, pending.privateKey, session.expiresAt, now);
  if (method === 'recovery-code') await recordAudit(db, { at: now, actorId: pending.userId, action: 'recovery-code-used' });
  await recordAudit(db, { at: now, actorId: pending.userId, action: 'sign-in', details: { method } });
  return { kind: 'signed-in', sessionToken: session.token, userId: pending.userId, privateKey: pending.privateKey };
}
