// The report form (/report/:kind/:id): a reason from the rules' list and an optional note; beside it, the quiet way
// out for a member who only wants to stop seeing someone — blocking them.
import { ChoiceGroup, CsrfField, ErrorSummary, TextArea, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import type { ModeratedItem } from '../moderation.ts';
import { explainedReasonOptions } from './reason-options.ts';

interface Props {
  kind: string;
  itemId: string;
  item: ModeratedItem;
  values: { reason: string; note: string };
  errors: FieldErrors;
  /** Whether to offer blocking the author (there is one, and it is not the reporter). */
  canBlockAuthor: boolean;
}

export function ReportPage({ kind, itemId, item, values, errors, canBlockAuthor }: Props) {
  const { i18n } = usePage();
  const { t } = i18n;
  const action = `/report/${encodeURIComponent(kind)}/${encodeURIComponent(itemId)}`;
  return (
    <section>
      <h1>{t('moderation.report-title')}</h1>
      <p>{t(`moderation.kind.${kind}`)}: {item.url ? <a href={item.url}>{item.title}</a> : item.title}</p>
      <p>{t('moderation.report-intro')}</p>
      <p class="hint">{t('moderation.report-protected')}</p>
      <form method="post" action={action} noValidate>
        <CsrfField />
        <ErrorSummary errors={errors} />
        <ChoiceGroup name="reason" label={t('moderation.field-reason')} options={explainedReasonOptions(i18n)} selected={[values.reason]} errors={errors} required />
        <TextArea name="note" label={t('moderation.field-note')} hint={t('moderation.hint-note')} value={values.note} errors={errors} rows={4} />
        <div class="actions"><button type="submit">{t('moderation.submit-report')}</button></div>
      </form>
      {canBlockAuthor ? (
        <section aria-labelledby="block-author-heading">
          <h2 id="block-author-heading">{t('moderation.block-author-title')}</h2>
          <p>{t('moderation.block-author-intro')}</p>
          <form method="post" action={`${action}/block-author`}>
            <CsrfField />
            <div class="actions"><button type="submit" class="secondary">{t('moderation.block-author-submit')}</button></div>
          </form>
        </section>
      ) : null}
    </section>
  );
}
