import { CsrfField, ErrorSummary, TextField, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';

/**
 * The second step of signing in: a code from the authenticator app, or one of the recovery codes. Staff and members
 * sign in at different addresses (`/staff/sign-in`, `/sign-in`) through the same step.
 */
export function SignInCodeView({ next, errors, signInPath = '/staff/sign-in' }: { next: string; errors: FieldErrors; signInPath?: string }) {
  const { t } = usePage().i18n;
  return (
    <section>
      <h1>{t('accounts.code-title')}</h1>
      <p>{t('accounts.code-intro')}</p>
      <ErrorSummary errors={errors} />
      <form method="post" action={`${signInPath}/code?next=${encodeURIComponent(next)}`} novalidate>
        <CsrfField />
        <TextField name="code" label={t('accounts.field-code')} hint={t('accounts.code-hint')} errors={errors} required autocomplete="one-time-code" maxLength={40} />
        <div class="actions"><button type="submit">{t('accounts.code-submit')}</button></div>
      </form>
      <p><a href={`${signInPath}?next=${encodeURIComponent(next)}`}>{t('accounts.code-start-again')}</a></p>
    </section>
  );
}
