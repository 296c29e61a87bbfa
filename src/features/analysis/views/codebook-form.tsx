// The form for one code: category, key (fixed once the code exists, as staff know coded inputs by it), a label in
// each working language (all required, since pages show the reader's language), and terms per language, one a line.
import { pickTranslation } from '../../../i18n/translator.ts';
import { CsrfField, ErrorSummary, SelectField, TextArea, TextField, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import type { Call } from '../../calls/index.ts';
import { codebookLanguages, type CodebookLanguage } from '../codebook.ts';
import type { CategoryWithCodes } from '../list-codebook.ts';

/** What the form holds, as typed: terms are the textarea's text, one term a line. */
export interface CodeForm {
  categoryId: string;
  key: string;
  label: Record<CodebookLanguage, string>;
  terms: Record<CodebookLanguage, string>;
}

interface CodeFormPageProps {
  call: Call;
  categories: CategoryWithCodes[];
  form: CodeForm;
  /** Null for a new code. */
  codeId: string | null;
  errors: FieldErrors;
}

export function CodeFormPage({ call, categories, form, codeId, errors }: CodeFormPageProps) {
  const { i18n } = usePage();
  const { t } = i18n;
  const base = `/staff/calls/${call.id}/codebook`;
  const language = (l: CodebookLanguage) => ({ language: t(`domain.language.${l}`) });
  return (
    <section>
      <p><a href={base}>{t('analysis.codebook-back')}</a></p>
      <h1>{t(codeId ? 'analysis.codebook-edit-title' : 'analysis.codebook-new-title')}</h1>
      <form method="post" action={`${base}/${codeId ?? 'new'}`} noValidate>
        <CsrfField />
        <ErrorSummary errors={errors} />
        <SelectField
          name="category" label={t('analysis.codebook-field-category')} value={form.categoryId} errors={errors} required
          placeholder={t('analysis.codebook-choose-category')}
          options={categories.filter((c) => !c.archived || c.id === form.categoryId).map((c) => ({ value: c.id, label: pickTranslation(c.label, i18n.locale).text }))}
        />
        {codeId ? (
          <div class="field">
            <p>{t('analysis.codebook-field-key')}: <code>{form.key}</code></p>
            <p class="hint">{t('analysis.codebook-hint-key-fixed')}</p>
          </div>
        ) : (
          <TextField name="key" label={t('analysis.codebook-field-key')} hint={t('analysis.codebook-hint-key')} value={form.key} errors={errors} required />
        )}
        <fieldset>
          <legend>{t('analysis.codebook-field-labels')}</legend>
          {codebookLanguages.map((l) => (
            <TextField name={`label.${l}`} label={t('analysis.codebook-field-label', language(l))} value={form.label[l]} errors={errors} required />
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('analysis.codebook-field-terms')}</legend>
          <p class="hint">{t('analysis.codebook-hint-terms')}</p>
          {codebookLanguages.map((l) => (
            <TextArea name={`terms.${l}`} label={t('analysis.codebook-field-terms-in', language(l))} value={form.terms[l]} rows={4} lang={l} />
          ))}
        </fieldset>
        <div class="actions"><button type="submit">{t('analysis.codebook-save')}</button></div>
      </form>
    </section>
  );
}
