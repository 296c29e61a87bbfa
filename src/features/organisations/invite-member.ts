// An administrator invites someone by email: a one-time link (only its hash stored) that a signed-in member opens
// to join. The email of an at-risk organisation does not name it: mail crosses servers the platform cannot protect.
import type { Db } from '../../db/database.ts';
import type { Translator } from '../../i18n/translator.ts';
import type { Mailer } from '../../platform/mail.ts';
import { hashToken, newId, newToken } from '../../platform/tokens.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { organisationLimits } from './organisation.ts';
import { deleteExpiredInvitations, findMembership, insertInvitation } from './organisation-members.repository.ts';
import { findOrganisation } from './organisations.repository.ts';

export interface InviteDeps {
  db: Db;
  mailer: Mailer;
  baseUrl: string;
}

export type InviteOutcome = { kind: 'invited'; email: string } | { kind: 'invalid'; errors: FieldErrors } | { kind: 'not-found' };

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export async function inviteMember(deps: InviteDeps, actorId: string, organisationId: string, typedEmail: string, i18n: Translator, now: Date): Promise<InviteOutcome> {
  const [organisation, actor] = await Promise.all([findOrganisation(deps.db, organisationId), findMembership(deps.db, organisationId, actorId)]);
  if (!organisation || actor?.role !== 'admin') return { kind: 'not-found' };
  const email = typedEmail.trim().toLowerCase();
  if (!emailPattern.test(email) || email.length > 254) return { kind: 'invalid', errors: { email: { key: 'organisations.error-email-invalid' } } };
  const token = newToken();
  const expiresAt = new Date(now.getTime() + organisationLimits.invitationDays * 86_400_000);
  await deps.db.transaction().execute(async (trx) => {
    await deleteExpiredInvitations(trx, now.toISOString());
    await insertInvitation(trx, {
      id: newId(), organisationId, email, invitedBy: actorId, createdAt: now.toISOString(), expiresAt: expiresAt.toISOString(),
    }, hashToken(token));
  });
  const { t } = i18n;
  const named = organisation.atRiskMode === 'off';
  await deps.mailer.send({
    to: email,
    language: i18n.locale,
    subject: named ? t('organisations.invitation-mail-subject', { organisation: organisation.name }) : t('organisations.invitation-mail-subject-withheld'),
    text: t('organisations.invitation-mail-text', {
      organisation: named ? organisation.name : t('organisations.withheld'),
      link: `${deps.baseUrl}/organisations/invitations/${token}`,
      until: i18n.formatDate(expiresAt, { dateStyle: 'long', timeZone: 'UTC' }),
    }),
  });
  return { kind: 'invited', email };
}
