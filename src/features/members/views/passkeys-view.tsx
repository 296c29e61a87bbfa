import { CsrfField, ErrorSummary, TextField, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import { passkeyNameMaxLength } from '../passkey.ts';
import type { MemberPasskeys } from '../remove-passkey.ts';
import { PasskeyForm, PasskeyScript, PasskeyUnavailable } from './passkey-form.tsx';

export const passkeyNotices = ['added', 'removed'] as const;
export type PasskeyNotice = (typeof passkeyNotices)[number];

export interface PasskeysViewProps extends MemberPasskeys {
  creationOptions: unknown;
  name: string;
  errors: FieldErrors;
  notice: PasskeyNotice | null;
}

export function PasskeysView({ passkeys, lastFactor, creationOptions, name, errors, notice }: PasskeysViewProps) {
  const { i18n } = usePage();
  const { t } = i18n;
  return (
    <section>
      <p><a href="/account">{t('members.back-to-account')}</a></p>
      <h1>{t('members.passkeys-title')}</h1>
      {notice ? <p class="notice" role="status">{t(`members.passkeys-notice.${notice}`)}</p> : null}
      <p>{t('members.passkeys-intro')}</p>
      <ErrorSummary errors={errors} labels={{ name: t('members.field-passkey-name') }} />
      <h2>{t('members.passkeys-yours')}</h2>
      {passkeys.length ? (
        <ul class="passkeys">
          {passkeys.map((passkey) => (
            <li>
              <p>
                <strong>{passkey.name}</strong>{' '}
                {t('members.passkey-added-on', { date: i18n.formatDate(passkey.createdAt) })}{' '}
                {passkey.lastUsedAt
                  ? t('members.passkey-last-used', { date: i18n.formatDate(passkey.lastUsedAt) })
                  : t('members.passkey-never-used')}
              </p>
              <form method="post" action={`/account/passkeys/${encodeURIComponent(passkey.credentialId)}/remove`} novalidate>
                <CsrfField />
                {lastFactor ? (
                  <TextField
                    name="password" type="password" label={t('members.field-current-password')} hint={t('members.passkey-last-factor-hint')}
                    errors={errors} required autocomplete="current-password"
                  />
                ) : null}
                <div class="actions">
                  <button type="submit" class="danger">{t('members.passkey-remove', { name: passkey.name })}</button>
                </div>
              </form>
            </li>
          ))}
        </ul>
      ) : <p>{t('members.passkeys-none')}</p>}
      <h2>{t('members.passkey-add-title')}</h2>
      <p class="hint">{t('members.passkey-keep-another')}</p>
      <PasskeyUnavailable message={t('members.passkey-needs-script-to-add')} />
      <PasskeyForm ceremony="register" action="/account/passkeys" options={creationOptions} submitLabel={t('members.passkey-add-submit')} errors={errors}>
        <TextField
          name="name" label={t('members.field-passkey-name')} hint={t('members.passkey-name-hint')} value={name} errors={errors}
          required maxLength={passkeyNameMaxLength}
        />
      </PasskeyForm>
      <PasskeyScript />
    </section>
  );
}
