// Forgotten passwords, by an emailed one-hour link. The old pseudonym secret was wrapped under the forgotten password
// and cannot be recovered, so a reset makes a new one: earlier pseudonymous posts can no longer be claimed. Every
// session ends; a second factor stays on, so the emailed link alone does not sign anyone in.
import type { AppDeps } from '../../deps.ts';
import type { Translator } from '../../i18n/translator.ts';
import { hashToken } from '../../platform/tokens.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { hashPassword, normaliseEmail } from '../accounts/index.ts';
import { newPasswordProblem } from './change-password.ts';
import { claimEmailLink, deleteSpentEmailLinks, findUsableEmailLink, voidEmailLinks } from './email-links.repository.ts';
import { issueEmailLink, sendMemberMail } from './member-mail.ts';
import type { MemberKeyrings } from './member-keyring.ts';
import { deleteOtherMemberSessions, findMemberByEmail, findMemberById, markEmailConfirmed, updateMemberPassword } from './members.repository.ts';
import { newPseudonymSecret, wrapPseudonymSecret } from './pseudonym-secret.ts';

/**
 * Sends a link when the address has an account; the page says the same either way, and does not wait for the mail
 * server, whose delay would otherwise tell a known address from an unknown one.
 */
export async function requestPasswordReset(
  deps: Pick<AppDeps, 'db' | 'mailer' | 'config'>, i18n: Translator, email: string, now: Date, onMailError: (error: unknown) => void,
): Promise<void> {
  const member = email.trim() ? await findMemberByEmail(deps.db, normaliseEmail(email)) : undefined;
  if (!member) return;
  await deleteSpentEmailLinks(deps.db, now.toISOString());
  const link = await deps.db.transaction().execute(async (trx) => {
    await voidEmailLinks(trx, member.id, 'reset-password', now.toISOString());
    return issueEmailLink(trx, deps.config.baseUrl, member.id, 'reset-password', now);
  });
  sendMemberMail(deps.mailer, i18n, { to: member.email, kind: 'reset', link }).catch(onMailError);
}

export async function resetLinkUsable(deps: Pick<AppDeps, 'db'>, token: string, now: Date): Promise<boolean> {
  return (await findUsableEmailLink(deps.db, hashToken(token), 'reset-password', now.toISOString())) !== undefined;
}

export type ResetOutcome = { kind: 'invalid-link' } | { kind: 'invalid'; errors: FieldErrors } | { kind: 'reset' };

export async function resetPassword(
  deps: Pick<AppDeps, 'db'>, keyrings: MemberKeyrings, token: string, form: { password: string; confirm: string }, now: Date,
): Promise<ResetOutcome> {
  const tokenHash = hashToken(token);
  const memberId = await findUsableEmailLink(deps.db, tokenHash, 'reset-password', now.toISOString());
  const member = memberId ? await findMemberById(deps.db, memberId) : undefined;
  if (!member) return { kind: 'invalid-link' };
  const problem = newPasswordProblem(form, member.email);
  if (problem) return { kind: 'invalid', errors: { [problem.field]: problem.error } };

  const [passwordHash, wrapped] = await Promise.all([hashPassword(form.password), wrapPseudonymSecret(newPseudonymSecret(), form.password, member.id)]);
  const claimed = await deps.db.transaction().execute(async (trx) => {
    if ((await claimEmailLink(trx, tokenHash, 'reset-password', now.toISOString())) !== member.id) return false;
    await updateMemberPassword(trx, member.id, passwordHash, wrapped, now.toISOString());
    await deleteOtherMemberSessions(trx, member.id, '');
    // The link reached the address: that confirms it as well.
    await markEmailConfirmed(trx, member.id, now.toISOString());
    return true;
  });
  if (!claimed) return { kind: 'invalid-link' };
  keyrings.sessions.dropMember(member.id);
  return { kind: 'reset' };
}
