// The emails members receive, in the language of the page that caused them. Links carry a one-time token.
import type { Db, Transaction } from '../../db/database.ts';
import type { Translator } from '../../i18n/translator.ts';
import type { Mailer } from '../../platform/mail.ts';
import { hashToken, newToken } from '../../platform/tokens.ts';
import { insertEmailLink, type EmailLinkPurpose } from './email-links.repository.ts';
import { confirmLinkHours, resetLinkHours } from './member.ts';

const linkPaths: Record<EmailLinkPurpose, string> = { 'confirm-email': '/account/confirm', 'reset-password': '/sign-in/reset' };
const linkHours: Record<EmailLinkPurpose, number> = { 'confirm-email': confirmLinkHours, 'reset-password': resetLinkHours };

/** Stores a new one-time link's hash and returns its full address. */
export async function issueEmailLink(db: Db | Transaction, baseUrl: string, memberId: string, purpose: EmailLinkPurpose, now: Date): Promise<string> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + linkHours[purpose] * 3600_000).toISOString();
  await insertEmailLink(db, { tokenHash: hashToken(token), memberId, purpose, expiresAt });
  return `${baseUrl}${linkPaths[purpose]}/${token}`;
}

export type MemberMailKind = 'confirm' | 'already-member' | 'reset';

export interface MemberMail {
  to: string;
  kind: MemberMailKind;
  link: string;
}

export async function sendMemberMail(mailer: Mailer, i18n: Translator, mail: MemberMail): Promise<void> {
  await mailer.send({
    to: mail.to,
    subject: i18n.t(`members.mail-subject.${mail.kind}`),
    text: i18n.t(`members.mail-body.${mail.kind}`, { link: mail.link }),
    language: i18n.locale,
  });
}
