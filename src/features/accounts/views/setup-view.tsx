import { CsrfField, ErrorSummary, TextField, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import { passwordMinLength } from '../passwords.ts';

export interface SetupViewProps {
  action: string;
  /** The invited email, fixed by the admin; null on the first-account link, where it is typed. */
  invitedEmail: string | null;
  values: { displayName: string; email: string };
  errors: FieldErrors;
}

export function SetupView({ action, invitedEmail, values, errors }: SetupViewProps) {
  const { t } = usePage().i18n;
  const labels = {
    displayName: t('accounts.field-display-name'), email: t('accounts.field-email'),
    password: t('accounts.field-new-password'), confirm: t('accounts.field-confirm-password'),
  };
  return (
    <section>
      <h1>{invitedEmail ? t('accounts.setup-invited-title') : t('accounts.setup-title')}</h1>
      <p>{invitedEmail ? t('accounts.setup-invited-intro', { email: invitedEmail }) : t('accounts.setup-intro')}</p>
      <ErrorSummary errors={errors} labels={labels} />
      <form method="post" action={action} novalidate>
        <CsrfField />
        <TextField name="displayName" label={labels.displayName} value={values.displayName} errors={errors} required autocomplete="name" />
        {invitedEmail ? null : (
          <TextField name="email" type="email" label={labels.email} value={values.email} errors={errors} required autocomplete="username" />
        )}
        <TextField
          name="password" type="password" label={labels.password} errors={errors} required autocomplete="new-password"
          hint={t('accounts.password-hint', { min: passwordMinLength })}
        />
        <TextField name="confirm" type="password" label={labels.confirm} errors={errors} required autocomplete="new-password" />
        <div class="actions"><button type="submit">{t('accounts.setup-submit')}</button></div>
      </form>
    </section>
  );
}
