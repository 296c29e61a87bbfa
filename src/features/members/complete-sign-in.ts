// The second step of a member's sign-in: a code from their authenticator app (or a recovery code) for the sign-in
// their password started. A code works once; a few wrong ones end the attempt.
import { hashRecoveryCode, looksLikeRecoveryCode, matchingStep } from '../accounts/index.ts';
import { openMemberSession, type MemberSignInDeps } from './member-sessions.ts';
import { unwrapTotpSecret } from './set-up-two-factor.ts';
import { claimMemberStep, findMemberTwoFactor, useMemberRecoveryCode } from './two-factor.repository.ts';

export type CompleteMemberSignInOutcome =
  | { kind: 'expired' }
  | { kind: 'wrong-code'; attemptsLeft: number }
  | { kind: 'signed-in'; sessionToken: string };

export async function completeMemberSignIn(
  deps: MemberSignInDeps, pendingHash: string | null, code: string, now: Date,
): Promise<CompleteMemberSignInOutcome> {
  const { db, keyrings, config } = deps;
  const pending = pendingHash ? keyrings.pending.get(pendingHash, now) : null;
  if (!pendingHash || !pending) return { kind: 'expired' };
  const state = await findMemberTwoFactor(db, pending.userId);
  if (!state?.secretWrapped) {
    keyrings.pending.drop(pendingHash);
    return { kind: 'expired' };
  }
  let accepted = false;
  if (looksLikeRecoveryCode(code)) {
    accepted = await useMemberRecoveryCode(db, pending.userId, hashRecoveryCode(code), now.toISOString());
  } else {
    const step = matchingStep(unwrapTotpSecret(state.secretWrapped, config.sessionSecret, pending.userId), code, now);
    accepted = step !== null && (await claimMemberStep(db, pending.userId, step));
  }
  if (!accepted) {
    const attemptsLeft = keyrings.pending.fail(pendingHash);
    return attemptsLeft > 0 ? { kind: 'wrong-code', attemptsLeft } : { kind: 'expired' };
  }
  keyrings.pending.drop(pendingHash);
  return { kind: 'signed-in', sessionToken: await openMemberSession(deps, pending.userId, pending.privateKey, now) };
}
