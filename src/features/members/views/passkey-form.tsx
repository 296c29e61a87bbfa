// The pieces both passkey pages share: the form the script (assets/passkeys.js) drives, the message shown instead
// when it cannot (no JavaScript, or a browser without passkeys), and the script itself.
import type { ComponentChildren } from 'preact';
import { CsrfField, FieldError, fieldId, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';

interface PasskeyFormProps {
  ceremony: 'register' | 'sign-in';
  action: string;
  /** The options for navigator.credentials, as @simplewebauthn/server made them (a challenge the server keeps). */
  options: unknown;
  submitLabel: string;
  errors: FieldErrors;
  children?: ComponentChildren;
}

/** Hidden until the script shows it: without the script it could only fail. */
export function PasskeyForm({ ceremony, action, options, submitLabel, errors, children }: PasskeyFormProps) {
  const { t } = usePage().i18n;
  return (
    <form method="post" action={action} novalidate hidden data-passkey={ceremony} data-passkey-options={JSON.stringify(options)}>
      <CsrfField />
      {children}
      <input type="hidden" name="response" value="" />
      <FieldError name="passkey" errors={errors} />
      <p class="field-error" role="alert" hidden data-passkey-failed>{t('members.passkey-no-answer')}</p>
      <div class="actions"><button type="submit" id={fieldId('passkey')}>{submitLabel}</button></div>
    </form>
  );
}

/** Shown until the script finds passkeys usable in this browser, and hides it. */
export function PasskeyUnavailable({ message }: { message: string }) {
  return <p class="notice" data-passkey-unavailable>{message}</p>;
}

export function PasskeyScript() {
  return <script src={usePage().assetUrl('passkeys.js')} defer />;
}
