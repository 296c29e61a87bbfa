// Confirming the email address with the link sent at joining (or sent again from the account page).
import type { AppDeps } from '../../deps.ts';
import type { Translator } from '../../i18n/translator.ts';
import { hashToken } from '../../platform/tokens.ts';
import { claimEmailLink, findUsableEmailLink, voidEmailLinks } from './email-links.repository.ts';
import { issueEmailLink, sendMemberMail } from './member-mail.ts';
import { findMemberById, markEmailConfirmed } from './members.repository.ts';

export async function confirmLinkUsable(deps: Pick<AppDeps, 'db'>, token: string, now: Date): Promise<boolean> {
  return (await findUsableEmailLink(deps.db, hashToken(token), 'confirm-email', now.toISOString())) !== undefined;
}

/** Confirms the address the link was sent to; false when the link is unknown, used or expired. */
export async function confirmEmail(deps: Pick<AppDeps, 'db'>, token: string, now: Date): Promise<boolean> {
  return deps.db.transaction().execute(async (trx) => {
    const memberId = await claimEmailLink(trx, hashToken(token), 'confirm-email', now.toISOString());
    if (!memberId) return false;
    await markEmailConfirmed(trx, memberId, now.toISOString());
    return true;
  });
}

/** A fresh link for a member who lost the first; earlier links stop working. */
export async function resendConfirmation(deps: Pick<AppDeps, 'db' | 'mailer' | 'config'>, i18n: Translator, memberId: string, now: Date): Promise<void> {
  const member = await findMemberById(deps.db, memberId);
  if (!member || member.emailConfirmed) return;
  const link = await deps.db.transaction().execute(async (trx) => {
    await voidEmailLinks(trx, member.id, 'confirm-email', now.toISOString());
    return issueEmailLink(trx, deps.config.baseUrl, member.id, 'confirm-email', now);
  });
  await sendMemberMail(deps.mailer, i18n, { to: member.email, kind: 'confirm', link });
}
