// The form for a new category: a key (fixed from then on, as the shipped codebook and exports know categories by
// it) and a name in each working language.
import { CsrfField, ErrorSummary, TextField, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import type { Call } from '../../calls/index.ts';
import { codebookLanguages, type CodebookLanguage } from '../codebook.ts';

export interface CategoryForm {
  key: string;
  label: Record<CodebookLanguage, string>;
}

export function CategoryFormPage({ call, form, errors }: { call: Call; form: CategoryForm; errors: FieldErrors }) {
  const { t } = usePage().i18n;
  const base = `/staff/calls/${call.id}/codebook`;
  return (
    <section>
      <p><a href={base}>{t('analysis.codebook-back')}</a></p>
      <h1>{t('analysis.category-new-title')}</h1>
      <form method="post" action={`${base}/categories/new`} noValidate>
        <CsrfField />
        <ErrorSummary errors={errors} />
        <TextField name="key" label={t('analysis.codebook-field-key')} hint={t('analysis.category-hint-key')} value={form.key} errors={errors} required />
        <fieldset>
          <legend>{t('analysis.category-field-names')}</legend>
          {codebookLanguages.map((l) => (
            <TextField name={`label.${l}`} label={t('analysis.codebook-field-label', { language: t(`domain.language.${l}`) })} value={form.label[l]} errors={errors} required />
          ))}
        </fieldset>
        <div class="actions"><button type="submit">{t('analysis.category-save')}</button></div>
      </form>
    </section>
  );
}
