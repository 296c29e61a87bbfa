// An admin invites a colleague: a one-time setup link bound to their email and role, shown once to the admin.
import type { Db } from '../../db/database.ts';
import { hashToken, newToken } from '../../platform/tokens.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { findStaffUserByEmail, insertSetupToken } from './accounts.repository.ts';
import { recordAudit } from './record-audit.ts';
import { isStaffRole, looksLikeEmail, normaliseEmail } from './staff.ts';

export async function inviteColleague(
  db: Db, actorId: string, form: { email: string; role: string }, now: Date, validHours: number,
): Promise<{ kind: 'invalid'; errors: FieldErrors } | { kind: 'invited'; path: string; email: string; expiresAt: string }> {
  const email = normaliseEmail(form.email);
  const errors: FieldErrors = {};
  if (!looksLikeEmail(email)) errors.email = { key: 'accounts.error-email-invalid' };
  else if (await findStaffUserByEmail(db, email)) errors.email = { key: 'accounts.error-email-taken' };
  if (!isStaffRole(form.role)) errors.role = { key: 'accounts.error-role-required' };
  if (Object.keys(errors).length || !isStaffRole(form.role)) return { kind: 'invalid', errors };
  const token = newToken();
  const expiresAt = new Date(now.getTime() + validHours * 3600_000).toISOString();
  const role = form.role;
  await db.transaction().execute(async (trx) => {
    await insertSetupToken(trx, hashToken(token), expiresAt, { email, role });
    await recordAudit(trx, { at: now, actorId, action: 'member-invited', details: { role } });
  });
  return { kind: 'invited', path: `/staff/setup/${token}`, email, expiresAt };
}
