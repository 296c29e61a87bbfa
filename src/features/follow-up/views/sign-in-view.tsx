// Where a submitter comes back: one field for the receipt code, and what to do without it.
import { CsrfField, ErrorSummary, TextField, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import { ProofOfWorkField } from '../../../views/proof-of-work-field.tsx';

/** Why the submitter is here, by name, so a query string can never choose an arbitrary message. */
export const signInNotices = {
  link: 'follow-up.notice-link',
  expired: 'follow-up.notice-expired',
  'signed-out': 'follow-up.notice-signed-out',
} as const;
export type SignInNotice = keyof typeof signInNotices;

export function FollowUpSignInView({ notice, errors }: { notice: SignInNotice | null; errors: FieldErrors }) {
  const { t } = usePage().i18n;
  return (
    <section>
      <h1>{t('follow-up.sign-in-heading')}</h1>
      {notice ? <p class="notice" role="status">{t(signInNotices[notice])}</p> : null}
      <ErrorSummary errors={errors} />
      <p>{t('follow-up.sign-in-intro')}</p>
      <form method="post" action="/follow-up" novalidate>
        <CsrfField />
        <ProofOfWorkField />
        <TextField name="code" label={t('follow-up.field-code')} hint={t('follow-up.field-code-hint')} errors={errors} required autocomplete="off" />
        <div class="actions"><button type="submit">{t('follow-up.sign-in-submit')}</button></div>
      </form>
      <h2>{t('follow-up.lost-heading')}</h2>
      <p>{t('follow-up.lost-text')}</p>
    </section>
  );
}
