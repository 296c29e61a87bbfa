import { CsrfField, ErrorSummary, TextField, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import { PasskeyForm, PasskeyScript, PasskeyUnavailable } from './passkey-form.tsx';

export interface SecondFactorViewProps {
  next: string;
  passkeyOptions: unknown;
  /** Whether the member also has an authenticator app: then a code works too, with or without JavaScript. */
  totp: boolean;
  /** Whether unused recovery codes remain: without an app, the code form then takes those alone. */
  recoveryCodes: boolean;
  errors: FieldErrors;
}

/** The second step for a member with passkeys (members with only an app get accounts' SignInCodeView). */
export function SecondFactorView({ next, passkeyOptions, totp, recoveryCodes, errors }: SecondFactorViewProps) {
  const { t } = usePage().i18n;
  const query = `?next=${encodeURIComponent(next)}`;
  // What the code form takes besides the passkey: an app's code or a recovery code, recovery codes only, or nothing.
  const codes = totp ? 'either' : recoveryCodes ? 'recovery' : null;
  return (
    <section>
      <h1>{t('members.second-step-title')}</h1>
      <p>{t(`members.second-step-intro-${codes ?? 'passkey'}`)}</p>
      <ErrorSummary errors={errors} />
      <h2>{t('members.passkey-use-title')}</h2>
      <PasskeyUnavailable message={t(`members.passkey-needs-script-${codes ?? 'only'}`)} />
      <PasskeyForm ceremony="sign-in" action={`/sign-in/passkey${query}`} options={passkeyOptions} submitLabel={t('members.passkey-use')} errors={errors} />
      {codes ? (
        <>
          <h2>{t(`members.second-step-code-title-${codes}`)}</h2>
          <form method="post" action={`/sign-in/code${query}`} novalidate>
            <CsrfField />
            <TextField
              name="code" label={t(codes === 'either' ? 'accounts.field-code' : 'members.field-recovery-code')}
              hint={t(codes === 'either' ? 'accounts.code-hint' : 'members.recovery-code-hint')}
              errors={errors} required autocomplete="one-time-code" maxLength={40}
            />
            <div class="actions"><button type="submit">{t('accounts.code-submit')}</button></div>
          </form>
        </>
      ) : null}
      <p><a href={`/sign-in${query}`}>{t('accounts.code-start-again')}</a></p>
      <PasskeyScript />
    </section>
  );
}
