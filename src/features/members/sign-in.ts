// Signs a member in: the same refusal, after the same work, whether the email or the password is wrong. The
// password also unwraps the pseudonym secret, held in memory for the session; a second factor adds a code step.
import type { Db } from '../../db/database.ts';
import { hashToken, newToken } from '../../platform/tokens.ts';
import { normaliseEmail, spendVerifyTime, verifyPassword } from '../accounts/index.ts';
import type { MemberKeyrings } from './member-keyring.ts';
import { startMemberSession } from './member-sessions.ts';
import { deleteExpiredMemberSessions, findMemberByEmail, findWrappedSecret } from './members.repository.ts';
import { unwrapPseudonymSecret } from './pseudonym-secret.ts';

export type MemberSignInOutcome =
  | { kind: 'refused' }
  | { kind: 'code-needed'; pendingToken: string }
  | { kind: 'signed-in'; sessionToken: string; memberId: string };

export async function signInMember(
  db: Db, keyrings: MemberKeyrings, credentials: { email: string; password: string }, now: Date,
): Promise<MemberSignInOutcome> {
  const member = credentials.email ? await findMemberByEmail(db, normaliseEmail(credentials.email)) : undefined;
  if (!member) {
    await spendVerifyTime(credentials.password);
    return { kind: 'refused' };
  }
  const wrapped = await findWrappedSecret(db, member.id);
  if (!wrapped || !(await verifyPassword(member.passwordHash, credentials.password))) return { kind: 'refused' };
  const secret = await unwrapPseudonymSecret(wrapped, credentials.password, member.id);
  if (member.twoFactorEnabled) {
    const pendingToken = newToken();
    keyrings.pending.put(hashToken(pendingToken), member.id, secret, now);
    return { kind: 'code-needed', pendingToken };
  }
  // Housekeeping rides on sign-in: expired rows are useless and would only grow the table.
  await deleteExpiredMemberSessions(db, now.toISOString());
  const session = await startMemberSession(db, member.id, now);
  keyrings.sessions.put(session.tokenHash, member.id, secret, session.expiresAt, now);
  return { kind: 'signed-in', sessionToken: session.token, memberId: member.id };
}
