import { CsrfField, ErrorSummary, TextArea, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import { pseudonymLabel } from '../pseudonyms.ts';

export interface RevealValues {
  context: string;
  pseudonymId: string;
  statement: string;
  next: string;
}

/** Asks the member to confirm, in their own words if they wish, that a pseudonym is theirs: it cannot be undone. */
export function RevealView({ values, errors }: { values: RevealValues; errors: FieldErrors }) {
  const { t } = usePage().i18n;
  return (
    <section>
      <h1>{t('members.reveal-title', { label: pseudonymLabel(values.pseudonymId) })}</h1>
      <p>{t('members.reveal-intro')}</p>
      <p class="warning">{t('members.reveal-permanent')}</p>
      <ErrorSummary errors={errors} />
      <form method="post" action="/account/reveal" novalidate>
        <CsrfField />
        <input type="hidden" name="context" value={values.context} />
        <input type="hidden" name="pseudonymId" value={values.pseudonymId} />
        <input type="hidden" name="next" value={values.next} />
        <TextArea name="statement" label={t('members.field-reveal-statement')} hint={t('members.reveal-statement-hint')} value={values.statement} errors={errors} rows={3} />
        <div class="actions"><button type="submit">{t('members.reveal-submit')}</button></div>
      </form>
      <p><a href={values.next}>{t('members.reveal-cancel')}</a></p>
    </section>
  );
}
