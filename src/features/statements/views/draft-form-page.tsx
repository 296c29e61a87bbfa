// The form for a draft statement or appeal, new or being reworked: kind, language, title, text, themes and
// countries concerned. A draft is seen only inside its network.
import { ChoiceGroup, CsrfField, ErrorSummary, SelectField, TextArea, TextField, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import { CountriesField, ThemesField } from '../../organisations/index.ts';
import type { DraftForm } from '../statement-form.ts';
import { statementKinds, statementLanguages } from '../statement.ts';

interface DraftFormPageProps {
  networkName: string;
  form: DraftForm;
  errors: FieldErrors;
  action: string;
  /** Where "back" leads: the network's statements, or the draft's discussion. */
  backHref: string;
  editing: boolean;
}

export function DraftFormPage({ networkName, form, errors, action, backHref, editing }: DraftFormPageProps) {
  const { t } = usePage().i18n;
  return (
    <section>
      <p><a href={backHref}>{t('statements.back')}</a></p>
      <h1>{t(editing ? 'statements.edit-title' : 'statements.new-title')}</h1>
      <p>{t('statements.draft-intro', { network: networkName })}</p>
      <form method="post" action={action} noValidate>
        <CsrfField />
        <ErrorSummary errors={errors} />
        <ChoiceGroup
          name="kind" label={t('statements.field-kind')} errors={errors} required selected={[form.kind]}
          options={statementKinds.map((kind) => ({ value: kind, label: t(`statements.kind.${kind}`) }))}
        />
        <SelectField
          name="language" label={t('statements.field-language')} value={form.language} errors={errors} required placeholder={t('statements.choose-language')}
          options={statementLanguages.map((language) => ({ value: language, label: t(`domain.language.${language}`) }))}
        />
        <TextField name="title" label={t('statements.field-title')} value={form.title} errors={errors} required />
        <TextArea name="text" label={t('statements.field-text')} hint={t('statements.hint-text')} value={form.text} errors={errors} required rows={16} />
        <ThemesField name="themes" label={t('statements.field-themes')} selected={form.themes} errors={errors} />
        <CountriesField name="countries" label={t('statements.field-countries')} selected={form.countries} errors={errors} />
        <div class="actions"><button type="submit">{t(editing ? 'statements.save-draft' : 'statements.create-draft')}</button></div>
      </form>
    </section>
  );
}
