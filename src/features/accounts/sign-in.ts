// Signs a staff member in: the same refusal, after the same work, whether the email or the password is wrong.
import type { Db } from '../../db/database.ts';
import { deleteExpiredSessions, findStaffUserByEmail } from './accounts.repository.ts';
import { spendVerifyTime, verifyPassword } from './passwords.ts';
import { startSession } from './sessions.ts';
import { normaliseEmail } from './staff.ts';

export async function signIn(
  db: Db, credentials: { email: string; password: string }, now: Date, sessionHours: number,
): Promise<{ sessionToken: string } | null> {
  const user = credentials.email ? await findStaffUserByEmail(db, normaliseEmail(credentials.email)) : undefined;
  if (!user) {
    await spendVerifyTime(credentials.password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, credentials.password))) return null;
  // Housekeeping rides on sign-in: expired rows are useless and would only grow the table.
  await deleteExpiredSessions(db, now.toISOString());
  return { sessionToken: await startSession(db, user.id, now, sessionHours) };
}
