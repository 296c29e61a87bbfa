// The second step of a member's sign-in: a code from their authenticator app, or a recovery code whichever factors
// they have (a passkey-only member's way back from a lost device), for the sign-in their password started
// (passkey-sign-in.ts is the other way through). A code works once; a few wrong answers, of any kind, end the attempt.
import type { KeyObject } from 'node:crypto';
import { hashRecoveryCode, looksLikeRecoveryCode, matchingStep } from '../accounts/index.ts';
import { openMemberSession, type MemberSignInDeps } from './member-sessions.ts';
import { unwrapTotpSecret } from './set-up-two-factor.ts';
import { useMemberRecoveryCode } from './recovery-codes.repository.ts';
import { claimMemberStep, findMemberTwoFactor } from './two-factor.repository.ts';

export type SecondStepOutcome =
  | { kind: 'expired' }
  | { kind: 'refused'; attemptsLeft: number }
  | { kind: 'signed-in'; sessionToken: string };

export async function completeMemberSignIn(
  deps: MemberSignInDeps, pendingHash: string | null, code: string, now: Date,
): Promise<SecondStepOutcome> {
  const { db, keyrings, config } = deps;
  const pending = pendingHash ? keyrings.pending.get(pendingHash, now) : null;
  if (!pendingHash || !pending) return { kind: 'expired' };
  let accepted = false;
  if (looksLikeRecoveryCode(code)) {
    accepted = await useMemberRecoveryCode(db, pending.userId, hashRecoveryCode(code), now.toISOString());
  } else {
    const secretWrapped = (await findMemberTwoFactor(db, pending.userId))?.secretWrapped;
    const step = secretWrapped ? matchingStep(unwrapTotpSecret(secretWrapped, config.sessionSecret, pending.userId), code, now) : null;
    accepted = step !== null && (await claimMemberStep(db, pending.userId, step));
  }
  return settleSecondStep(deps, pendingHash, { userId: pending.userId, secret: pending.privateKey }, accepted, now);
}

/** Ends an answer to the second step: a refusal costs one of the pending sign-in's attempts, success opens the session. */
export async function settleSecondStep(
  deps: MemberSignInDeps, pendingHash: string, pending: { userId: string; secret: KeyObject }, accepted: boolean, now: Date,
): Promise<SecondStepOutcome> {
  if (!accepted) {
    const attemptsLeft = deps.keyrings.pending.fail(pendingHash);
    return attemptsLeft > 0 ? { kind: 'refused', attemptsLeft } : { kind: 'expired' };
  }
  deps.keyrings.pending.drop(pendingHash);
  return { kind: 'signed-in', sessionToken: await openMemberSession(deps, pending.userId, pending.secret, now) };
}
