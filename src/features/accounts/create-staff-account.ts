// Creates a staff account from a one-time setup link (the first admin, or an invited colleague) and signs them in.
import type { Db } from '../../db/database.ts';
import { hashToken, newId } from '../../platform/tokens.ts';
import type { FieldErrors } from '../../views/form.tsx';
import {
  claimSetupToken, countStaffUsers, findStaffUserByEmail, findUsableSetupToken, insertStaffUser, type SetupInvitation,
} from './accounts.repository.ts';
import { hashPassword, passwordProblem } from './passwords.ts';
import { recordAudit } from './record-audit.ts';
import type { Keyrings } from './session-keyring.ts';
import { startSession } from './sessions.ts';
import { looksLikeEmail, normaliseEmail, requiresTwoFactor } from './staff.ts';
import { newStaffKeys } from './staff-keys.ts';

export interface SetupForm {
  displayName: string;
  email: string;
  password: string;
  confirm: string;
}

export const displayNameMaxChars = 200;

/**
 * The setup a token allows, or undefined for an unknown, used or expired one. A first-account link stops working
 * once any account exists, so a link left in an old console log cannot mint a second admin.
 */
export async function usableSetup(db: Db, token: string, now: Date): Promise<{ invitation: SetupInvitation | null } | undefined> {
  const found = await findUsableSetupToken(db, hashToken(token), now.toISOString());
  if (!found) return undefined;
  if (!found.invitation && (await countStaffUsers(db)) > 0) return undefined;
  return found;
}

export type CreateStaffAccountOutcome =
  | { kind: 'invalid-link' }
  | { kind: 'invalid'; errors: FieldErrors }
  | { kind: 'created'; sessionToken: string; mustEnrol: boolean };

/** The account comes with its key pair (private half wrapped under the password) and a session holding the key. */
export async function createStaffAccount(
  db: Db, keyrings: Keyrings, token: string, form: SetupForm, now: Date, sessionHours: number,
): Promise<CreateStaffAccountOutcome> {
  const setup = await usableSetup(db, token, now);
  if (!setup) return { kind: 'invalid-link' };
  const email = normaliseEmail(setup.invitation?.email ?? form.email);
  const displayName = form.displayName.trim();
  const errors: FieldErrors = {};
  if (!displayName) errors.displayName = { key: 'accounts.error-name-required' };
  else if (displayName.length > displayNameMaxChars) errors.displayName = { key: 'accounts.error-too-long', values: { max: displayNameMaxChars } };
  if (!setup.invitation && !looksLikeEmail(email)) errors.email = { key: 'accounts.error-email-invalid' };
  else if (await findStaffUserByEmail(db, email)) errors.email = { key: 'accounts.error-email-taken' };
  const problem = passwordProblem(form.password, email);
  if (problem) errors.password = problem;
  else if (form.password !== form.confirm) errors.confirm = { key: 'accounts.error-confirm-mismatch' };
  if (Object.keys(errors).length) return { kind: 'invalid', errors };

  const [passwordHash, keys] = await Promise.all([hashPassword(form.password), newStaffKeys(form.password)]);
  const isoNow = now.toISOString();
  const role = setup.invitation?.role ?? 'admin';
  const id = newId();
  const session = await db.transaction().execute(async (trx) => {
    if (!(await claimSetupToken(trx, hashToken(token), isoNow))) return null;
    if (!setup.invitation && (await countStaffUsers(trx)) > 0) return null;
    await insertStaffUser(trx, { id, email, displayName, passwordHash, role, keys: keys.stored }, isoNow);
    await recordAudit(trx, { at: now, actorId: id, action: 'account-created', subject: { type: 'staff', id }, details: { role } });
    return startSession(trx, id, now, sessionHours);
  });
  if (!session) return { kind: 'invalid-link' };
  keyrings.sessions.put(session.tokenHash, id, keys.privateKey, session.expiresAt, now);
  return { kind: 'created', sessionToken: session.token, mustEnrol: requiresTwoFactor(role) };
}
