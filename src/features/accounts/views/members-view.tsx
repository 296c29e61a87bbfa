import { CsrfField, ErrorSummary, SelectField, TextField, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import type { StaffMemberSummary } from '../accounts.repository.ts';
import { staffRoles } from '../staff.ts';

export type MembersNotice = 'role-changed' | 'role-unchanged' | 'own-role';

export interface MembersViewProps {
  members: StaffMemberSummary[];
  values: { email: string; role: string };
  errors: FieldErrors;
  /** The invitation just made: its full link is shown here once and stored nowhere. */
  invitation: { link: string; email: string; expiresAt: string } | null;
  notice?: MembersNotice | null;
}

export const defaultInvitedRole = 'call-manager';

export function MembersView({ members, values, errors, invitation, notice }: MembersViewProps) {
  const { i18n, staff } = usePage();
  const { t } = i18n;
  const roleOptions = staffRoles.map((role) => ({ value: role, label: t(`accounts.role.${role}`) }));
  return (
    <section>
      <p><a href="/staff">{t('accounts.back-to-staff')}</a></p>
      <h1>{t('accounts.members-title')}</h1>
      <p><a href="/staff/audit">{t('accounts.audit-link')}</a></p>
      {notice ? <p class={notice === 'own-role' ? 'warning' : 'notice'} role="status">{t(`accounts.members-notice.${notice}`)}</p> : null}
      {invitation ? (
        <div class="notice" role="status">
          <p>{t('accounts.invitation-created', { email: invitation.email, expires: i18n.formatDate(invitation.expiresAt, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }) })}</p>
          <code class="link">{invitation.link}</code>
          <p>{t('accounts.invitation-shown-once')}</p>
        </div>
      ) : null}
      <p class="hint">{t('accounts.roles-explained')}</p>
      <table>
        <caption>{t('accounts.members-caption', { count: members.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('accounts.field-display-name')}</th>
            <th scope="col">{t('accounts.field-email')}</th>
            <th scope="col">{t('accounts.field-role')}</th>
            <th scope="col">{t('accounts.column-two-factor')}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr>
              <td>{m.displayName}</td>
              <td>{m.email}</td>
              <td>
                {m.id === staff?.id ? t(`accounts.role.${m.role}`) : (
                  <form method="post" action={`/staff/members/${m.id}/role`} class="actions">
                    <CsrfField />
                    <label for={`role-${m.id}`}>{t('accounts.role-of', { name: m.displayName })}</label>
                    <select id={`role-${m.id}`} name="role">
                      {roleOptions.map((o) => <option value={o.value} selected={o.value === m.role}>{o.label}</option>)}
                    </select>
                    <button type="submit" class="secondary">{t('accounts.role-submit')}</button>
                  </form>
                )}
              </td>
              <td>{m.twoFactorEnabled ? t('accounts.two-factor-yes') : t('accounts.two-factor-no')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('accounts.invite-title')}</h2>
      <p>{t('accounts.invite-intro')}</p>
      <ErrorSummary errors={errors} labels={{ email: t('accounts.field-email'), role: t('accounts.field-role') }} />
      <form method="post" action="/staff/members" novalidate>
        <CsrfField />
        <TextField name="email" type="email" label={t('accounts.field-email')} value={values.email} errors={errors} required autocomplete="off" />
        <SelectField name="role" label={t('accounts.field-role')} value={values.role || defaultInvitedRole} options={roleOptions} errors={errors} required />
        <div class="actions"><button type="submit">{t('accounts.invite-submit')}</button></div>
      </form>
    </section>
  );
}
