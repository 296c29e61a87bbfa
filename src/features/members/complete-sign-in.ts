// The second step of a member's sign-in: a code from their authenticator app (or a recovery code) for the sign-in
// their password started. A code works once; a few wrong ones end the attempt.
import type { Db } from '../../db/database.ts';
import { hashRecoveryCode, looksLikeRecoveryCode, matchingStep } from '../accounts/index.ts';
import type { MemberKeyrings } from './member-keyring.ts';
import { startMemberSession } from './member-sessions.ts';
import { deleteExpiredMemberSessions } from './members.repository.ts';
import { unwrapTotpSecret } from './set-up-two-factor.ts';
import { claimMemberStep, findMemberTwoFactor, useMemberRecoveryCode } from './two-factor.repository.ts';

export type CompleteMemberSignInOutcome =
  | { kind: 'expired' }
  | { kind: 'wrong-code'; attemptsLeft: number }
  | { kind: 'signed-in'; sessionToken: string };

export async function completeMemberSignIn(
  db: Db, keyrings: MemberKeyrings, serverSecret: string, pendingHash: string | null, code: string, now: Date,
): Promise<CompleteMemberSignInOutcome> {
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
    const step = matchingStep(unwrapTotpSecret(state.secretWrapped, serverSecret, pending.userId), code, now);
    accepted = step !== null && (await claimMemberStep(db, pending.userId, step));
  }
  if (!accepted) {
    const attemptsLeft = keyrings.pending.fail(pendingHash);
    return attemptsLeft > 0 ? { kind: 'wrong-code', attemptsLeft } : { kind: 'expired' };
  }
  keyrings.pending.drop(pendingHash);
  await deleteExpiredMemberSessions(db, now.toISOString());
  const session = await startMemberSession(db, pending.userId, now);
  keyrings.sessions.put(session.tokenHash, pending.userId, pending.privateKey, session.expiresAt, now);
  return { kind: 'signed-in', sessionToken: session.token };
}
