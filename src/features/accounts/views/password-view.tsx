import { CsrfField, ErrorSummary, TextField, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import { passwordMinLength } from '../passwords.ts';

export function PasswordView({ errors, changed }: { errors: FieldErrors; changed: boolean }) {
  const { t } = usePage().i18n;
  const labels = {
    current: t('accounts.field-current-password'), password: t('accounts.field-new-password'), confirm: t('accounts.field-confirm-password'),
  };
  return (
    <section>
      <p><a href="/staff">{t('accounts.back-to-staff')}</a> · <a href="/staff/two-factor">{t('accounts.two-factor-link')}</a></p>
      <h1>{t('accounts.password-title')}</h1>
      {changed ? <p class="notice" role="status">{t('accounts.password-changed')}</p> : null}
      <ErrorSummary errors={errors} labels={labels} />
      <form method="post" action="/staff/password" novalidate>
        <CsrfField />
        <TextField name="current" type="password" label={labels.current} errors={errors} required autocomplete="current-password" />
        <TextField
          name="password" type="password" label={labels.password} errors={errors} required autocomplete="new-password"
          hint={t('accounts.password-hint', { min: passwordMinLength })}
        />
        <TextField name="confirm" type="password" label={labels.confirm} errors={errors} required autocomplete="new-password" />
        <p class="hint">{t('accounts.password-other-sessions')}</p>
        <div class="actions"><button type="submit">{t('accounts.password-submit')}</button></div>
      </form>
    </section>
  );
}
