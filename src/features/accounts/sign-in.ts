// Signs a staff member in: the same refusal, after the same work, whether the email or the password is wrong.
// The password also unwraps their private key, kept for the session; members with a second factor get a code step.
import type { Db } from '../../db/database.ts';
import { hashToken, newToken } from '../../platform/tokens.ts';
import { deleteExpiredSessions, findStaffUserByEmail } from './accounts.repository.ts';
import { spendVerifyTime, verifyPassword } from './passwords.ts';
import { recordAudit } from './record-audit.ts';
import type { Keyrings } from './session-keyring.ts';
import { startSession } from './sessions.ts';
import { normaliseEmail, requiresTwoFactor } from './staff.ts';
import { unlockStaffKey } from './staff-keys.ts';

export type SignInOutcome =
  | { kind: 'refused' }
  | { kind: 'code-needed'; pendingToken: string }
  | { kind: 'signed-in'; sessionToken: string; mustEnrol: boolean };

export async function signIn(
  db: Db, keyrings: Keyrings, credentials: { email: string; password: string }, now: Date, sessionHours: number,
): Promise<SignInOutcome> {
  const user = credentials.email ? await findStaffUserByEmail(db, normaliseEmail(credentials.email)) : undefined;
  if (!user) {
    await spendVerifyTime(credentials.password);
    await recordAudit(db, { at: now, actorId: null, action: 'sign-in-failed', details: { step: 'password' } });
    return { kind: 'refused' };
  }
  if (!(await verifyPassword(user.passwordHash, credentials.password))) {
    await recordAudit(db, { at: now, actorId: user.id, action: 'sign-in-failed', details: { step: 'password' } });
    return { kind: 'refused' };
  }
  const privateKey = await unlockStaffKey(db, user.id, credentials.password);
  if (user.twoFactorEnabled) {
    const pendingToken = newToken();
    keyrings.pending.put(hashToken(pendingToken), user.id, privateKey, now);
    return { kind: 'code-needed', pendingToken };
  }
  // Housekeeping rides on sign-in: expired rows are useless and would only grow the table.
  await deleteExpiredSessions(db, now.toISOString());
  const session = await startSession(db, user.id, now, sessionHours);
  keyrings.sessions.put(session.tokenHash, user.id, privateKey, session.expiresAt, now);
  await recordAudit(db, { at: now, actorId: user.id, action: 'sign-in', details: { method: 'password' } });
  return { kind: 'signed-in', sessionToken: session.token, mustEnrol: requiresTwoFactor(user.role) };
}
