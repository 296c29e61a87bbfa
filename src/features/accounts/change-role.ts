// An administrator sets a colleague's role. Their sessions end, so the new role (and its second-factor rule) applies
// from their next sign-in. Nobody changes their own role, so the last administrator cannot demote themselves.
import type { Db } from '../../db/database.ts';
import { deleteSessionsOf, findStaffUserById, updateRole } from './accounts.repository.ts';
import { recordAudit } from './record-audit.ts';
import type { Keyrings } from './session-keyring.ts';
import { isStaffRole } from './staff.ts';

export type ChangeRoleOutcome = { kind: 'not-found' } | { kind: 'refused'; reason: 'own-role' | 'invalid-role' } | { kind: 'unchanged' } | { kind: 'changed' };

export async function changeRole(
  db: Db, keyrings: Keyrings, actorId: string, form: { memberId: string; role: string }, now: Date,
): Promise<ChangeRoleOutcome> {
  const member = await findStaffUserById(db, form.memberId);
  if (!member) return { kind: 'not-found' };
  if (!isStaffRole(form.role)) return { kind: 'refused', reason: 'invalid-role' };
  if (member.id === actorId) return { kind: 'refused', reason: 'own-role' };
  if (member.role === form.role) return { kind: 'unchanged' };
  const role = form.role;
  await db.transaction().execute(async (trx) => {
    await updateRole(trx, member.id, role);
    await deleteSessionsOf(trx, member.id);
    await recordAudit(trx, { at: now, actorId, action: 'role-changed', subject: { type: 'staff', id: member.id }, details: { from: member.role, to: role } });
  });
  keyrings.sessions.dropMember(member.id);
  return { kind: 'changed' };
}
