import { CsrfField, ErrorSummary, SelectField, TextField, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import type { StaffMemberSummary } from '../accounts.repository.ts';
import { staffRoles } from '../staff.ts';

export interface MembersViewProps {
  members: StaffMemberSummary[];
  values: { email: string; role: string };
  errors: FieldErrors;
  /** The invitation just made: its full link is shown here once and stored nowhere. */
  invitation: { link: string; email: string; expiresAt: string } | null;
}

export function MembersView({ members, values, errors, invitation }: MembersViewProps) {
  const { i18n } = usePage();
  const { t } = i18n;
  const roleOptions = staffRoles.map((role) => ({ value: role, label: t(`accounts.role.${role}`) }));
  return (
    <section>
      <p><a href="/staff">{t('accounts.back-to-staff')}</a></p>
      <h1>{t('accounts.members-title')}</h1>
      {invitation ? (
        <div class="notice" role="status">
          <p>{t('accounts.invitation-created', { email: invitation.email, expires: i18n.formatDate(invitation.expiresAt, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }) })}</p>
          <code class="link">{invitation.link}</code>
          <p>{t('accounts.invitation-shown-once')}</p>
        </div>
      ) : null}
      <table>
        <caption>{t('accounts.members-caption', { count: members.length })}</caption>
        <thead>
          <tr><th scope="col">{t('accounts.field-display-name')}</th><th scope="col">{t('accounts.field-email')}</th><th scope="col">{t('accounts.field-role')}</th></tr>
        </thead>
        <tbody>
          {members.map((m) => <tr><td>{m.displayName}</td><td>{m.email}</td><td>{t(`accounts.role.${m.role}`)}</td></tr>)}
        </tbody>
      </table>
      <h2>{t('accounts.invite-title')}</h2>
      <p>{t('accounts.invite-intro')}</p>
      <ErrorSummary errors={errors} labels={{ email: t('accounts.field-email'), role: t('accounts.field-role') }} />
      <form method="post" action="/staff/members" novalidate>
        <CsrfField />
        <TextField name="email" type="email" label={t('accounts.field-email')} value={values.email} errors={errors} required autocomplete="off" />
        <SelectField name="role" label={t('accounts.field-role')} value={values.role || 'staff'} options={roleOptions} errors={errors} required />
        <div class="actions"><button type="submit">{t('accounts.invite-submit')}</button></div>
      </form>
    </section>
  );
}
