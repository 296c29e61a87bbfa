import { CsrfField, ErrorSummary, TextField, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';

export function SignInView({ next, email, errors }: { next: string; email: string; errors: FieldErrors }) {
  const { t } = usePage().i18n;
  return (
    <section>
      <h1>{t('accounts.sign-in-title')}</h1>
      <ErrorSummary errors={errors} />
      <form method="post" action={`/staff/sign-in?next=${encodeURIComponent(next)}`} novalidate>
        <CsrfField />
        <TextField name="email" type="email" label={t('accounts.field-email')} value={email} errors={errors} required autocomplete="username" />
        <TextField name="password" type="password" label={t('accounts.field-password')} required autocomplete="current-password" />
        <div class="actions"><button type="submit">{t('accounts.sign-in-submit')}</button></div>
      </form>
    </section>
  );
}
