// An organisation's members, seen by its members (and staff administrators): roles, and for administrators the
// forms to invite, change roles and remove. At-risk members' names show only to their co-members.
import { CsrfField, ErrorSummary, TextField, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import type { InvitationRecord } from '../organisation-members.repository.ts';
import type { MemberRow, Organisation, OrganisationRole } from '../organisation.ts';

interface Props {
  organisation: Organisation;
  rows: MemberRow[];
  viewerId: string | null;
  viewerRole: OrganisationRole | null;
  invitations: InvitationRecord[];
  inviteEmail: string;
  errors: FieldErrors;
  /** A message key: the outcome of the last action, or why it was refused. */
  notice: { key: string; problem: boolean } | null;
}

export function MembersPage({ organisation, rows, viewerId, viewerRole, invitations, inviteEmail, errors, notice }: Props) {
  const { i18n } = usePage();
  const { t } = i18n;
  const base = `/organisations/${organisation.id}`;
  const admin = viewerRole === 'admin';
  return (
    <section>
      <p><a href={base}>{t('organisations.back-to-profile')}</a></p>
      <h1>{t('organisations.members-title', { organisation: organisation.name })}</h1>
      {notice ? <p class={notice.problem ? 'warning' : 'notice'} role={notice.problem ? 'alert' : 'status'}>{t(notice.key)}</p> : null}
      <table>
        <caption>{t('organisations.member-count', { count: rows.length })}</caption>
        <thead><tr><th scope="col">{t('organisations.column-member')}</th><th scope="col">{t('organisations.column-role')}</th><th scope="col">{t('organisations.column-actions')}</th></tr></thead>
        <tbody>
          {rows.map((row) => (
            <tr>
              <th scope="row">{row.displayName ?? t('organisations.member-withheld')}</th>
              <td>{t(`organisations.role.${row.role}`)}</td>
              <td>
                {admin && row.memberId !== viewerId ? (
                  <>
                    <form method="post" action={`${base}/members/${row.memberId}/role`}>
                      <CsrfField />
                      <input type="hidden" name="role" value={row.role === 'admin' ? 'member' : 'admin'} />
                      <button type="submit" class="secondary">{t(row.role === 'admin' ? 'organisations.make-member' : 'organisations.make-admin')}</button>
                    </form>
                    <form method="post" action={`${base}/members/${row.memberId}/remove`}>
                      <CsrfField />
                      <button type="submit" class="danger">{t('organisations.remove')}</button>
                    </form>
                  </>
                ) : null}
                {row.memberId === viewerId ? (
                  <form method="post" action={`${base}/leave`}>
                    <CsrfField />
                    <button type="submit" class="secondary">{t('organisations.leave')}</button>
                  </form>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {admin ? <InviteSection base={base} invitations={invitations} email={inviteEmail} errors={errors} /> : null}
      <p class="hint">{t('organisations.roles-explained')}</p>
    </section>
  );
}

function InviteSection({ base, invitations, email, errors }: { base: string; invitations: InvitationRecord[]; email: string; errors: FieldErrors }) {
  const { i18n } = usePage();
  const { t } = i18n;
  return (
    <section aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t('organisations.invite-title')}</h2>
      <form method="post" action={`${base}/invitations`} noValidate>
        <CsrfField />
        <ErrorSummary errors={errors} />
        <TextField name="email" type="email" autocomplete="off" label={t('organisations.field-email')} hint={t('organisations.hint-invite')} value={email} errors={errors} required />
        <div class="actions"><button type="submit">{t('organisations.invite')}</button></div>
      </form>
      {invitations.length ? (
        <>
          <h3>{t('organisations.pending-invitations')}</h3>
          <ul>
            {invitations.map((invitation) => (
              <li>
                {invitation.email} · {t('organisations.invitation-until', { date: i18n.formatDate(invitation.expiresAt, { dateStyle: 'medium', timeZone: 'UTC' }) })}
                <form method="post" action={`${base}/invitations/${invitation.id}/withdraw`}>
                  <CsrfField />
                  <button type="submit" class="secondary">{t('organisations.withdraw-invitation')}</button>
                </form>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
