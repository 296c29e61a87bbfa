import { CsrfField, ErrorSummary, TextField, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import { passwordMinLength } from '../../accounts/index.ts';

function NewPasswordFields({ errors }: { errors: FieldErrors }) {
  const { t } = usePage().i18n;
  return (
    <>
      <TextField
        name="password" type="password" label={t('members.field-new-password')} errors={errors} required autocomplete="new-password"
        hint={t('members.password-hint', { min: passwordMinLength })}
      />
      <TextField name="confirm" type="password" label={t('members.field-confirm-password')} errors={errors} required autocomplete="new-password" />
    </>
  );
}

export function ChangePasswordView({ errors }: { errors: FieldErrors }) {
  const { t } = usePage().i18n;
  return (
    <section>
      <p><a href="/account">{t('members.back-to-account')}</a></p>
      <h1>{t('members.password-title')}</h1>
      <p>{t('members.password-keeps-pseudonyms')}</p>
      <ErrorSummary errors={errors} />
      <form method="post" action="/account/password" novalidate>
        <CsrfField />
        <TextField name="current" type="password" label={t('members.field-current-password')} errors={errors} required autocomplete="current-password" />
        <NewPasswordFields errors={errors} />
        <div class="actions"><button type="submit">{t('members.password-submit')}</button></div>
      </form>
    </section>
  );
}

export function ForgotPasswordView({ sent }: { sent: boolean }) {
  const { t } = usePage().i18n;
  return (
    <section>
      <h1>{t('members.forgot-title')}</h1>
      {sent ? <p class="notice" role="status">{t('members.forgot-sent')}</p> : null}
      <p>{t('members.forgot-intro')}</p>
      <p class="warning">{t('members.reset-loses-pseudonyms')}</p>
      <form method="post" action="/sign-in/forgot" novalidate>
        <CsrfField />
        <TextField name="email" type="email" label={t('members.field-email')} required autocomplete="username" />
        <div class="actions"><button type="submit">{t('members.forgot-submit')}</button></div>
      </form>
    </section>
  );
}

export function ResetPasswordView({ action, errors }: { action: string; errors: FieldErrors }) {
  const { t } = usePage().i18n;
  return (
    <section>
      <h1>{t('members.reset-title')}</h1>
      <p class="warning">{t('members.reset-loses-pseudonyms')}</p>
      <ErrorSummary errors={errors} />
      <form method="post" action={action} novalidate>
        <CsrfField />
        <NewPasswordFields errors={errors} />
        <div class="actions"><button type="submit">{t('members.reset-submit')}</button></div>
      </form>
    </section>
  );
}

export function LinkExpiredView() {
  const { t } = usePage().i18n;
  return (
    <section>
      <h1>{t('members.link-expired-title')}</h1>
      <p>{t('members.link-expired-message')}</p>
      <p><a href="/sign-in/forgot">{t('members.forgot-link')}</a></p>
    </section>
  );
}

export function ConfirmEmailView({ action }: { action: string }) {
  const { t } = usePage().i18n;
  return (
    <section>
      <h1>{t('members.confirm-title')}</h1>
      <form method="post" action={action}>
        <CsrfField />
        <div class="actions"><button type="submit">{t('members.confirm-submit')}</button></div>
      </form>
    </section>
  );
}
