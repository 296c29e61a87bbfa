// Changes a member's password and ends their other sessions. The pseudonym secret is re-wrapped under the new
// password: the same secret, so the member keeps their pseudonyms.
import type { Db } from '../../db/database.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { hashPassword, passwordProblem, verifyPassword } from '../accounts/index.ts';
import type { MemberKeyrings } from './member-keyring.ts';
import { deleteOtherMemberSessions, findMemberById, findWrappedSecret, updateMemberPassword } from './members.repository.ts';
import { unwrapPseudonymSecret, wrapPseudonymSecret } from './pseudonym-secret.ts';

export interface PasswordForm {
  current: string;
  password: string;
  confirm: string;
}

export async function changeMemberPassword(
  db: Db, keyrings: MemberKeyrings, memberId: string, keepSessionHash: string, form: PasswordForm, now: Date,
): Promise<{ kind: 'invalid'; errors: FieldErrors } | { kind: 'changed' }> {
  const [member, wrapped] = await Promise.all([findMemberById(db, memberId), findWrappedSecret(db, memberId)]);
  const errors: FieldErrors = {};
  if (!member || !wrapped || !(await verifyPassword(member.passwordHash, form.current))) errors.current = { key: 'members.error-current-password' };
  const problem = newPasswordProblem(form, member?.email ?? '');
  if (problem) errors[problem.field] = problem.error;
  if (!member || !wrapped || Object.keys(errors).length) return { kind: 'invalid', errors };

  const secret = await unwrapPseudonymSecret(wrapped, form.current, memberId);
  const [passwordHash, rewrapped] = await Promise.all([hashPassword(form.password), wrapPseudonymSecret(secret, form.password, memberId)]);
  await db.transaction().execute(async (trx) => {
    await updateMemberPassword(trx, memberId, passwordHash, rewrapped, now.toISOString());
    await deleteOtherMemberSessions(trx, memberId, keepSessionHash);
  });
  keyrings.sessions.dropMember(memberId, keepSessionHash);
  return { kind: 'changed' };
}

/** The rules a new password meets, on the change and reset forms alike. */
export function newPasswordProblem(form: Omit<PasswordForm, 'current'> & { current?: string }, email: string): { field: string; error: FieldErrors[string] } | null {
  const problem = passwordProblem(form.password, email);
  if (problem) return { field: 'password', error: problem };
  if (form.current !== undefined && form.password === form.current) return { field: 'password', error: { key: 'members.error-password-unchanged' } };
  if (form.password !== form.confirm) return { field: 'confirm', error: { key: 'members.error-confirm-mismatch' } };
  return null;
}
