// Changes a staff member's password and ends their other sessions: whoever else held one is locked out.
// The private key is re-wrapped under the new password: the same key pair, so nothing sealed to it changes.
import type { Db } from '../../db/database.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { deleteOtherSessions, findStaffUserById, updatePassword } from './accounts.repository.ts';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.ts';
import { recordAudit } from './record-audit.ts';
import type { Keyrings } from './session-keyring.ts';
import { rewrap, unlockStaffKey } from './staff-keys.ts';

export interface PasswordForm {
  current: string;
  password: string;
  confirm: string;
}

export async function changePassword(
  db: Db, keyrings: Keyrings, userId: string, keepSessionHash: string, form: PasswordForm, now: Date,
): Promise<{ kind: 'invalid'; errors: FieldErrors } | { kind: 'changed' }> {
  const user = await findStaffUserById(db, userId);
  const errors: FieldErrors = {};
  if (!user || !(await verifyPassword(user.passwordHash, form.current))) errors.current = { key: 'accounts.error-current-password' };
  const problem = passwordProblem(form.password, user?.email ?? '');
  if (problem) errors.password = problem;
  else if (form.password === form.current) errors.password = { key: 'accounts.error-password-unchanged' };
  else if (form.password !== form.confirm) errors.confirm = { key: 'accounts.error-confirm-mismatch' };
  if (!user || Object.keys(errors).length) return { kind: 'invalid', errors };

  const privateKey = await unlockStaffKey(db, user.id, form.current);
  const [passwordHash, keys] = await Promise.all([hashPassword(form.password), rewrap(privateKey, form.password)]);
  await db.transaction().execute(async (trx) => {
    await updatePassword(trx, user.id, passwordHash, keys, now.toISOString());
    await deleteOtherSessions(trx, user.id, keepSessionHash);
    await recordAudit(trx, { at: now, actorId: user.id, action: 'password-changed' });
  });
  keyrings.sessions.dropMember(user.id, keepSessionHash);
  return { kind: 'changed' };
}
