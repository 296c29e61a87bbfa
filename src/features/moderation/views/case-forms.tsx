// The decisions a moderator can take on a case, each its own small form with its own field names, so a refused
// one shows its errors beside its own fields: hide (reason from the list), restore (why), dismiss, block from posting.
import { ChoiceGroup, CsrfField, ErrorSummary, TextArea, TextField } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import type { CasePageProps } from './case-page.tsx';
import { reasonOptions } from './reason-options.ts';

export function CaseForms({ base, view, staff, values, errors, pendingReports }: CasePageProps & { pendingReports: number }) {
  const { i18n } = usePage();
  const { t } = i18n;
  const action = (what: string) => `${base}/cases/${view.kase.id}/${what}`;
  const inForm = (names: string[]) => Object.fromEntries(Object.entries(errors).filter(([name]) => names.includes(name)));
  return (
    <>
      {view.canHide ? (
        <section aria-labelledby="hide-heading">
          <h2 id="hide-heading">{t('moderation.hide-heading')}</h2>
          <p>{t('moderation.hide-intro')}</p>
          <form method="post" action={action('hide')} noValidate>
            <CsrfField />
            <ErrorSummary errors={inForm(['hideReason', 'hideNote'])} />
            <ChoiceGroup name="hideReason" label={t('moderation.field-hide-reason')} options={reasonOptions(i18n)} selected={[values.hideReason ?? '']} errors={errors} required />
            <TextArea name="hideNote" label={t('moderation.field-decision-record')} value={values.hideNote} errors={errors} rows={3} />
            <div class="actions"><button type="submit" class="danger">{t('moderation.submit-hide')}</button></div>
          </form>
        </section>
      ) : null}
      {view.canRestore ? (
        <section aria-labelledby="restore-heading">
          <h2 id="restore-heading">{t('moderation.restore-heading')}</h2>
          <form method="post" action={action('restore')} noValidate>
            <CsrfField />
            <ErrorSummary errors={inForm(['restoreNote'])} />
            <TextArea name="restoreNote" label={t('moderation.field-restore-note')} value={values.restoreNote} errors={errors} rows={3} required />
            <div class="actions"><button type="submit">{t('moderation.submit-restore')}</button></div>
          </form>
        </section>
      ) : null}
      {pendingReports ? (
        <section aria-labelledby="dismiss-heading">
          <h2 id="dismiss-heading">{t('moderation.dismiss-heading')}</h2>
          <p>{t('moderation.dismiss-intro')}</p>
          <form method="post" action={action('dismiss')} noValidate>
            <CsrfField />
            <ErrorSummary errors={inForm(['dismissNote'])} />
            <TextArea name="dismissNote" label={t('moderation.field-decision-record')} value={values.dismissNote} errors={errors} rows={3} />
            <div class="actions"><button type="submit" class="secondary">{t('moderation.submit-dismiss')}</button></div>
          </form>
        </section>
      ) : null}
      {view.kase.author ? (
        <section aria-labelledby="block-heading">
          <h2 id="block-heading">{t('moderation.block-heading')}</h2>
          <p>{t(staff ? 'moderation.block-intro-platform' : 'moderation.block-intro-network', { network: view.networkName ?? '' })}</p>
          <form method="post" action={action('block')} noValidate>
            <CsrfField />
            <ErrorSummary errors={inForm(['blockReason', 'blockEndsOn', 'blockNote'])} />
            <ChoiceGroup name="blockReason" label={t('moderation.field-block-reason')} options={reasonOptions(i18n)} selected={[values.blockReason ?? '']} errors={errors} required />
            <TextField name="blockEndsOn" type="date" label={t('moderation.field-block-ends-on')} hint={t('moderation.hint-block-ends-on')} value={values.blockEndsOn} errors={errors} />
            <TextArea name="blockNote" label={t('moderation.field-decision-record')} value={values.blockNote} errors={errors} rows={3} />
            <div class="actions"><button type="submit" class="danger">{t('moderation.submit-block')}</button></div>
          </form>
        </section>
      ) : null}
    </>
  );
}
