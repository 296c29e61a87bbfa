import { CsrfField, ErrorSummary, TextField, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';

export type SignInNotice = 'password-reset' | null;

export function MemberSignInView({ next, email, errors, notice = null }: { next: string; email: string; errors: FieldErrors; notice?: SignInNotice }) {
  const { t } = usePage().i18n;
  return (
    <section>
      <h1>{t('members.sign-in-title')}</h1>
      {notice ? <p class="notice" role="status">{t(`members.sign-in-notice.${notice}`)}</p> : null}
      <ErrorSummary errors={errors} />
      <form method="post" action={`/sign-in?next=${encodeURIComponent(next)}`} novalidate>
        <CsrfField />
        <TextField name="email" type="email" label={t('members.field-email')} value={email} errors={errors} required autocomplete="username" />
        <TextField name="password" type="password" label={t('members.field-password')} required autocomplete="current-password" />
        <div class="actions"><button type="submit">{t('members.sign-in-submit')}</button></div>
      </form>
      <p><a href="/sign-in/forgot">{t('members.forgot-link')}</a></p>
      <p><a href="/join">{t('members.join-link')}</a></p>
    </section>
  );
}
