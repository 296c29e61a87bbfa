// Changes a staff member's password and ends their other sessions: whoever else held one is locked out.
import type { Db } from '../../db/database.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { deleteOtherSessions, findStaffUserById, updatePasswordHash } from './accounts.repository.ts';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.ts';

export interface PasswordForm {
  current: string;
  password: string;
  confirm: string;
}

export async function changePassword(
  db: Db, userId: string, keepSessionHash: string, form: PasswordForm, now: Date,
): Promise<{ kind: 'invalid'; errors: FieldErrors } | { kind: 'changed' }> {
  const user = await findStaffUserById(db, userId);
  const errors: FieldErrors = {};
  if (!user || !(await verifyPassword(user.passwordHash, form.current))) errors.current = { key: 'accounts.error-current-password' };
  const problem = passwordProblem(form.password, user?.email ?? '');
  if (problem) errors.password = problem;
  else if (form.password === form.current) errors.password = { key: 'accounts.error-password-unchanged' };
  else if (form.password !== form.confirm) errors.confirm = { key: 'accounts.error-confirm-mismatch' };
  if (!user || Object.keys(errors).length) return { kind: 'invalid', errors };

  const passwordHash = await hashPassword(form.password);
  await db.transaction().execute(async (trx) => {
    await updatePasswordHash(trx, user.id, passwordHash, now.toISOString());
    await deleteOtherSessions(trx, user.id, keepSessionHash);
  });
  return { kind: 'changed' };
}
