// A category's label in each working language, for a form that sits beside others like it on one page (renaming
// each category in place): the inputs' ids carry the category's id, so every label and error stays tied to its own.
import type { FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import { codebookLanguages, type CodebookLanguage } from '../codebook.ts';

export function CategoryLabelFields({ idPrefix, label, errors }: { idPrefix: string; label: Record<CodebookLanguage, string>; errors: FieldErrors }) {
  const { t } = usePage().i18n;
  return (
    <>
      {codebookLanguages.map((language) => {
        const name = `label.${language}`;
        const id = `${idPrefix}-label-${language}`;
        const error = errors[name];
        return (
          <div class={`field${error ? ' has-error' : ''}`}>
            <label for={id}>
              {t('analysis.codebook-field-label', { language: t(`domain.language.${language}`) })}
              <span class="required"> ({t('common.required')})</span>
            </label>
            {error ? <p class="field-error" id={`${id}-error`}>{t(error.key, error.values)}</p> : null}
            <input id={id} name={name} type="text" value={label[language]} lang={language} aria-required="true"
              aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `${id}-error` : undefined} />
          </div>
        );
      })}
    </>
  );
}
