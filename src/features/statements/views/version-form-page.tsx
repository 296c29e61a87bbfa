// A coordinator adds a version of a published statement: a translation into a language it has no text in yet, or
// a correction of one it has. The published text is never changed in place; both the old and the new stay listed.
import { CsrfField, ErrorSummary, SelectField, TextArea, TextField, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import type { TextForm } from '../statement-form.ts';
import { discussionPath } from '../statement-paths.ts';
import { statementLanguages, type StatementLanguage } from '../statement.ts';

interface VersionFormPageProps {
  statementId: string;
  existing: readonly StatementLanguage[];
  form: TextForm;
  errors: FieldErrors;
}

export function VersionFormPage({ statementId, existing, form, errors }: VersionFormPageProps) {
  const { t } = usePage().i18n;
  const label = (language: StatementLanguage) => t(existing.includes(language) ? 'statements.language-correction' : 'statements.language-translation', {
    language: t(`domain.language.${language}`),
  });
  return (
    <section>
      <p><a href={discussionPath(statementId)}>{t('statements.back')}</a></p>
      <h1>{t('statements.version-title')}</h1>
      <p>{t('statements.version-intro')}</p>
      <form method="post" action={`/statements/${statementId}/versions/new`} noValidate>
        <CsrfField />
        <ErrorSummary errors={errors} />
        <SelectField
          name="language" label={t('statements.field-language')} value={form.language} errors={errors} required placeholder={t('statements.choose-language')}
          options={statementLanguages.map((language) => ({ value: language, label: label(language) }))}
        />
        <TextField name="title" label={t('statements.field-title')} value={form.title} errors={errors} required />
        <TextArea name="text" label={t('statements.field-text')} hint={t('statements.hint-text')} value={form.text} errors={errors} required rows={16} />
        <div class="actions"><button type="submit">{t('statements.add-version')}</button></div>
      </form>
    </section>
  );
}
