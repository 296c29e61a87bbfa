import { CsrfField, ErrorSummary, TextField, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import { groupSecret } from '../../accounts/index.ts';
import type { MemberTwoFactorSetup } from '../set-up-two-factor.ts';
import { PasswordConfirmForm } from './password-confirm-form.tsx';

export function MemberTwoFactorView({ setup, errors }: { setup: MemberTwoFactorSetup; errors: FieldErrors }) {
  const { t } = usePage().i18n;
  return (
    <section>
      <p><a href="/account">{t('members.back-to-account')}</a></p>
      <h1>{t('accounts.two-factor-title')}</h1>
      {setup.kind === 'pending' ? (
        <>
          <p>{t('accounts.two-factor-intro')} {t('members.two-factor-optional')}</p>
          <h2>{t('accounts.two-factor-step-secret')}</h2>
          <p>{t('accounts.two-factor-secret-label')}</p>
          <p><code class="link" id="totp-secret">{groupSecret(setup.secret)}</code></p>
          <p>{t('accounts.two-factor-uri-label')}</p>
          <p><code class="link" id="totp-uri">{setup.uri}</code></p>
          <p class="hint">{t('accounts.two-factor-settings')}</p>
          <h2>{t('accounts.two-factor-step-confirm')}</h2>
          <ErrorSummary errors={errors} />
          <form method="post" action="/account/two-factor" novalidate>
            <CsrfField />
            <TextField name="code" label={t('accounts.field-code')} errors={errors} required autocomplete="one-time-code" maxLength={10} />
            <div class="actions"><button type="submit">{t('accounts.two-factor-confirm')}</button></div>
          </form>
        </>
      ) : (
        <>
          <p>{t('accounts.two-factor-on')}</p>
          <p>{t('accounts.two-factor-codes-left', { count: setup.recoveryCodesLeft })}</p>
          <h2>{t('accounts.two-factor-disable-title')}</h2>
          <p>{t('members.two-factor-disable-intro')}</p>
          <PasswordConfirmForm action="/account/two-factor/disable" submitLabel={t('accounts.two-factor-disable-submit')} danger errors={errors} />
        </>
      )}
    </section>
  );
}
