import { CsrfField, ErrorSummary, TextField, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import { PasskeyForm, PasskeyScript, PasskeyUnavailable } from './passkey-form.tsx';

export interface SecondFactorViewProps {
  next: string;
  passkeyOptions: unknown;
  /** Whether the member also has an authenticator app: then a code works too, with or without JavaScript. */
  totp: boolean;
  errors: FieldErrors;
}

/** The second step for a member with passkeys (members with only an app get accounts' SignInCodeView). */
export function SecondFactorView({ next, passkeyOptions, totp, errors }: SecondFactorViewProps) {
  const { t } = usePage().i18n;
  const query = `?next=${encodeURIComponent(next)}`;
  return (
    <section>
      <h1>{t('members.second-step-title')}</h1>
      <p>{t(totp ? 'members.second-step-intro-either' : 'members.second-step-intro-passkey')}</p>
      <ErrorSummary errors={errors} />
      <h2>{t('members.passkey-use-title')}</h2>
      <PasskeyUnavailable message={t(totp ? 'members.passkey-needs-script-use-code' : 'members.passkey-needs-script-only')} />
      <PasskeyForm ceremony="sign-in" action={`/sign-in/passkey${query}`} options={passkeyOptions} submitLabel={t('members.passkey-use')} errors={errors} />
      {totp ? (
        <>
          <h2>{t('members.second-step-code-title')}</h2>
          <form method="post" action={`/sign-in/code${query}`} novalidate>
            <CsrfField />
            <TextField name="code" label={t('accounts.field-code')} hint={t('accounts.code-hint')} errors={errors} required autocomplete="one-time-code" maxLength={40} />
            <div class="actions"><button type="submit">{t('accounts.code-submit')}</button></div>
          </form>
        </>
      ) : null}
      <p><a href={`/sign-in${query}`}>{t('accounts.code-start-again')}</a></p>
      <PasskeyScript />
    </section>
  );
}
