import { CsrfField, ErrorSummary, TextField, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import { displayNameMaxLength, type SignedInMember } from '../member.ts';
import { AtRiskChoice } from './join-view.tsx';

export const accountNotices = ['saved', 'email-confirmed', 'confirmation-sent', 'password-changed', 'two-factor-disabled', 'revealed'] as const;
export type AccountNotice = (typeof accountNotices)[number];

/** The account page showing a notice: where the account forms redirect after doing what they say. */
export function accountWithNotice(notice: AccountNotice): string {
  return `/account?notice=${notice}`;
}

export interface AccountViewProps {
  member: SignedInMember;
  values: { displayName: string; atRisk: boolean };
  errors: FieldErrors;
  notice: AccountNotice | null;
}

export function AccountView({ member, values, errors, notice }: AccountViewProps) {
  const { t } = usePage().i18n;
  return (
    <section>
      <h1>{t('members.account-title')}</h1>
      {notice ? <p class="notice" role="status">{t(`members.account-notice.${notice}`)}</p> : null}
      <p>{t('members.account-signed-in-as', { name: member.displayName })}</p>
      {member.atRisk ? <p>{t('members.account-at-risk-on')}</p> : null}
      {member.emailConfirmed ? null : (
        <form method="post" action="/account/confirm" class="notice">
          <CsrfField />
          <p>{t('members.email-unconfirmed')}</p>
          <button type="submit">{t('members.confirm-resend')}</button>
        </form>
      )}
      <h2>{t('members.settings-title')}</h2>
      <ErrorSummary errors={errors} labels={{ displayName: t('members.field-display-name') }} />
      <form method="post" action="/account" novalidate>
        <CsrfField />
        <TextField
          name="displayName" label={t('members.field-display-name')} value={values.displayName} errors={errors} required
          autocomplete="nickname" hint={t('members.display-name-hint')} maxLength={displayNameMaxLength}
        />
        <AtRiskChoice checked={values.atRisk} />
        <div class="actions"><button type="submit">{t('members.settings-submit')}</button></div>
      </form>
      <h2>{t('members.security-title')}</h2>
      <ul>
        <li><a href="/account/password">{t('members.password-title')}</a></li>
        <li><a href="/account/two-factor">{t('accounts.two-factor-title')}</a></li>
        <li><a href="/account/passkeys">{t('members.passkeys-title')}</a></li>
        <li><a href="/account/recovery-codes">{t('members.recovery-codes-title')}</a></li>
      </ul>
      <h2>{t('members.account-more-title')}</h2>
      <ul>
        <li><a href="/moderation/notices">{t('moderation.notices-title')}</a></li>
        <li><a href="/account/notifications">{t('discussions.notifications-title')}</a></li>
      </ul>
      <form method="post" action="/sign-out">
        <CsrfField />
        <div class="actions"><button type="submit">{t('members.sign-out-submit')}</button></div>
      </form>
    </section>
  );
}
