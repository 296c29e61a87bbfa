// Signs a member in: the same refusal, after the same work, whether the email or the password is wrong. The
// password also unwraps the pseudonym secret, held in memory for the session; a second factor (an authenticator
// app's code or a passkey) adds a step.
import { hashToken, newToken } from '../../platform/tokens.ts';
import { normaliseEmail, spendVerifyTime, verifyPassword } from '../accounts/index.ts';
import { openMemberSession, type MemberSignInDeps } from './member-sessions.ts';
import { findMemberByEmail, findWrappedSecret } from './members.repository.ts';
import { countPasskeys } from './passkeys.repository.ts';
import { unwrapPseudonymSecret } from './pseudonym-secret.ts';

export type MemberSignInOutcome =
  | { kind: 'refused' }
  | { kind: 'code-needed'; pendingToken: string }
  | { kind: 'signed-in'; sessionToken: string; memberId: string };

export async function signInMember(
  deps: MemberSignInDeps, credentials: { email: string; password: string }, now: Date,
): Promise<MemberSignInOutcome> {
  const { db, keyrings } = deps;
  const member = credentials.email ? await findMemberByEmail(db, normaliseEmail(credentials.email)) : undefined;
  if (!member) {
    await spendVerifyTime(credentials.password);
    return { kind: 'refused' };
  }
  const wrapped = await findWrappedSecret(db, member.id);
  if (!wrapped || !(await verifyPassword(member.passwordHash, credentials.password))) return { kind: 'refused' };
  const secret = await unwrapPseudonymSecret(wrapped, credentials.password, member.id);
  if (member.twoFactorEnabled || (await countPasskeys(db, member.id)) > 0) {
    const pendingToken = newToken();
    keyrings.pending.put(hashToken(pendingToken), member.id, secret, now);
    return { kind: 'code-needed', pendingToken };
  }
  return { kind: 'signed-in', sessionToken: await openMemberSession(deps, member.id, secret, now), memberId: member.id };
}
