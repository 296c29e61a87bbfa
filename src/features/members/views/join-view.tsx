import { CsrfField, ErrorSummary, TextField, fieldId, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import { passwordMinLength } from '../../accounts/index.ts';
import type { JoinForm } from '../join-form.ts';
import { displayNameMaxLength } from '../member.ts';

export function JoinView({ values, errors }: { values: Omit<JoinForm, 'password'>; errors: FieldErrors }) {
  const { t } = usePage().i18n;
  const labels = { displayName: t('members.field-display-name'), email: t('members.field-email'), password: t('members.field-password') };
  return (
    <section>
      <h1>{t('members.join-title')}</h1>
      <p>{t('members.join-intro')}</p>
      <ErrorSummary errors={errors} labels={labels} />
      <form method="post" action="/join" novalidate>
        <CsrfField />
        <TextField
          name="displayName" label={labels.displayName} value={values.displayName} errors={errors} required autocomplete="nickname"
          hint={t('members.display-name-hint')} maxLength={displayNameMaxLength}
        />
        <TextField name="email" type="email" label={labels.email} value={values.email} errors={errors} required autocomplete="email" hint={t('members.email-hint')} />
        <TextField
          name="password" type="password" label={labels.password} errors={errors} required autocomplete="new-password"
          hint={t('members.password-hint', { min: passwordMinLength })}
        />
        <AtRiskChoice checked={values.atRisk} />
        <div class="actions"><button type="submit">{t('members.join-submit')}</button></div>
      </form>
      <p><a href="/sign-in">{t('members.join-have-account')}</a></p>
    </section>
  );
}

/** The at-risk switch with what it does and does not do, on the join form and the account page alike. */
export function AtRiskChoice({ checked }: { checked: boolean }) {
  const { t } = usePage().i18n;
  return (
    <div class="field choice">
      <input type="checkbox" id={fieldId('atRisk')} name="atRisk" value="1" checked={checked} aria-describedby={`${fieldId('atRisk')}-hint`} />
      <label for={fieldId('atRisk')}>{t('members.field-at-risk')}</label>
      <p class="hint" id={`${fieldId('atRisk')}-hint`}>{t('members.at-risk-explained')}</p>
    </div>
  );
}
