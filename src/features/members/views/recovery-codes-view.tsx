import type { FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import type { RecoveryCodesStatus } from '../regenerate-recovery-codes.ts';
import { PasswordConfirmForm } from './password-confirm-form.tsx';

export function MemberRecoveryCodesView({ status, errors }: { status: RecoveryCodesStatus; errors: FieldErrors }) {
  const { t } = usePage().i18n;
  return (
    <section>
      <p><a href="/account">{t('members.back-to-account')}</a></p>
      <h1>{t('members.recovery-codes-title')}</h1>
      <p>{t('members.recovery-codes-intro')}</p>
      {status.hasSecondFactor ? (
        <>
          <p>{t('accounts.two-factor-codes-left', { count: status.unused })}</p>
          <h2>{t('members.recovery-codes-new-title')}</h2>
          <p>{t('members.recovery-codes-new-intro')}</p>
          <PasswordConfirmForm action="/account/recovery-codes" submitLabel={t('members.recovery-codes-new-title')} errors={errors} />
        </>
      ) : (
        <>
          <p>{t('members.recovery-codes-none')}</p>
          <ul>
            <li><a href="/account/passkeys">{t('members.passkeys-title')}</a></li>
            <li><a href="/account/two-factor">{t('accounts.two-factor-title')}</a></li>
          </ul>
        </>
      )}
    </section>
  );
}
