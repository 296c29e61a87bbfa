import { CsrfField, ErrorSummary, TextField, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import type { TwoFactorSetup } from '../set-up-two-factor.ts';
import { groupSecret } from '../two-factor.ts';
import { KeyMissingNotice } from './key-missing-notice.tsx';

export interface TwoFactorViewProps {
  setup: TwoFactorSetup;
  /** Set when the member's role needs a second factor they have not set up: every staff page leads here until then. */
  required: boolean;
  next: string;
  errors: FieldErrors;
  notice: 'disabled' | null;
}

export function TwoFactorView({ setup, required, next, errors, notice }: TwoFactorViewProps) {
  const { t } = usePage().i18n;
  return (
    <section>
      <p><a href="/staff">{t('accounts.back-to-staff')}</a></p>
      <h1>{t('accounts.two-factor-title')}</h1>
      {notice === 'disabled' ? <p class="notice" role="status">{t('accounts.two-factor-disabled')}</p> : null}
      {required && setup.kind !== 'enabled' ? <p class="warning">{t('accounts.two-factor-required')}</p> : null}
      {setup.kind === 'key-missing' ? <KeyMissingNotice /> : null}
      {setup.kind === 'pending' ? <Enrol secret={setup.secret} uri={setup.uri} next={next} errors={errors} /> : null}
      {setup.kind === 'enabled' ? <Enabled recoveryCodesLeft={setup.recoveryCodesLeft} errors={errors} /> : null}
    </section>
  );
}

function Enrol({ secret, uri, next, errors }: { secret: string; uri: string; next: string; errors: FieldErrors }) {
  const { t } = usePage().i18n;
  return (
    <>
      <p>{t('accounts.two-factor-intro')}</p>
      <h2>{t('accounts.two-factor-step-secret')}</h2>
      <p>{t('accounts.two-factor-secret-label')}</p>
      <p><code class="link" id="totp-secret">{groupSecret(secret)}</code></p>
      <p>{t('accounts.two-factor-uri-label')}</p>
      <p><code class="link" id="totp-uri">{uri}</code></p>
      <p class="hint">{t('accounts.two-factor-settings')}</p>
      <h2>{t('accounts.two-factor-step-confirm')}</h2>
      <ErrorSummary errors={errors} />
      <form method="post" action={`/staff/two-factor?next=${encodeURIComponent(next)}`} novalidate>
        <CsrfField />
        <TextField name="code" label={t('accounts.field-code')} errors={errors} required autocomplete="one-time-code" maxLength={10} />
        <div class="actions"><button type="submit">{t('accounts.two-factor-confirm')}</button></div>
      </form>
    </>
  );
}

function Enabled({ recoveryCodesLeft, errors }: { recoveryCodesLeft: number; errors: FieldErrors }) {
  const { t } = usePage().i18n;
  return (
    <>
      <p>{t('accounts.two-factor-on')}</p>
      <p>{t('accounts.two-factor-codes-left', { count: recoveryCodesLeft })}</p>
      <h2>{t('accounts.two-factor-disable-title')}</h2>
      <p>{t('accounts.two-factor-disable-intro')}</p>
      <ErrorSummary errors={errors} />
      <form method="post" action="/staff/two-factor/disable" novalidate>
        <CsrfField />
        <TextField name="password" type="password" label={t('accounts.field-current-password')} errors={errors} required autocomplete="current-password" />
        <div class="actions"><button type="submit" class="danger">{t('accounts.two-factor-disable-submit')}</button></div>
      </form>
    </>
  );
}

/** Why a fresh set of recovery codes is on screen: each occasion says what just happened and what the codes stand in for. */
export type RecoveryCodesOccasion = 'staff-app' | 'member-app' | 'member-passkey' | 'replaced';

const occasionMessages: Record<RecoveryCodesOccasion, { status: string; intro: string }> = {
  'staff-app': { status: 'accounts.two-factor-enabled', intro: 'accounts.recovery-intro' },
  'member-app': { status: 'accounts.two-factor-enabled', intro: 'accounts.recovery-intro-member-app' },
  'member-passkey': { status: 'accounts.recovery-status-passkey', intro: 'accounts.recovery-intro-passkey' },
  replaced: { status: 'accounts.recovery-status-replaced', intro: 'accounts.recovery-intro-replaced' },
};

/** Shown once, right after they are made: the recovery codes exist nowhere else in readable form. */
export function RecoveryCodesView({ codes, next, occasion }: { codes: string[]; next: string; occasion: RecoveryCodesOccasion }) {
  const { t } = usePage().i18n;
  const messages = occasionMessages[occasion];
  return (
    <section>
      <h1>{t('accounts.recovery-title')}</h1>
      <p class="notice" role="status">{t(messages.status)}</p>
      <p>{t(messages.intro)}</p>
      <ul>{codes.map((code) => <li><code>{code}</code></li>)}</ul>
      <p>{t('accounts.recovery-shown-once')}</p>
      <p><a class="button" href={next}>{t('accounts.recovery-continue')}</a></p>
    </section>
  );
}
