// Creating or editing an organisation: who it is, where and on what it works, and how visible it chooses to be.
import { ChoiceGroup, CsrfField, ErrorSummary, SelectField, TextArea, TextField, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import { atRiskModes, languageName, organisationKinds, organisationLimits, workingLanguages } from '../organisation.ts';
import type { OrganisationForm } from '../organisation-form.ts';
import { CountriesField, MultiSelectField, ThemesField } from './choice-fields.tsx';

interface Props {
  form: OrganisationForm;
  errors: FieldErrors;
  /** Null when creating. */
  organisationId: string | null;
  /** True when the organisation is verified: a new name will end it. */
  verified?: boolean;
}

export function OrganisationFormPage({ form, errors, organisationId, verified = false }: Props) {
  const { i18n } = usePage();
  const { t } = i18n;
  const collator = new Intl.Collator(i18n.locale);
  const languages = workingLanguages.map((code) => ({ value: code, label: languageName(code, i18n.locale) }))
    .sort((a, b) => collator.compare(a.label, b.label));
  return (
    <section>
      {organisationId ? <p><a href={`/organisations/${organisationId}`}>{t('organisations.back-to-profile')}</a></p> : null}
      <h1>{t(organisationId ? 'organisations.edit-title' : 'organisations.new-title')}</h1>
      <form method="post" action={organisationId ? `/organisations/${organisationId}/edit` : '/organisations/new'} noValidate>
        <CsrfField />
        <ErrorSummary errors={errors} />
        <TextField
          name="name" label={t('organisations.field-name')} value={form.name} errors={errors} required maxLength={organisationLimits.nameMaxChars}
          hint={verified ? t('organisations.hint-name-verified') : undefined}
        />
        <SelectField
          name="kind" label={t('organisations.field-kind')} value={form.kind} errors={errors} required placeholder={t('organisations.choose')}
          options={organisationKinds.map((kind) => ({ value: kind, label: t(`organisations.kind.${kind}`) }))}
        />
        <CountriesField name="countries" label={t('organisations.field-countries')} selected={form.countries} errors={errors} required />
        <ThemesField name="themes" label={t('organisations.field-themes')} selected={form.themes} errors={errors} />
        <MultiSelectField name="languages" label={t('organisations.field-languages')} options={languages} selected={form.languages} errors={errors} />
        <TextArea name="description" label={t('organisations.field-description')} value={form.description} errors={errors} rows={6} />
        <TextField name="website" type="url" label={t('organisations.field-website')} hint={t('organisations.hint-website')} value={form.website} errors={errors} />
        <ChoiceGroup
          name="atRiskMode" label={t('organisations.field-at-risk')} hint={t('organisations.hint-at-risk')} errors={errors}
          options={atRiskModes.map((mode) => ({ value: mode, label: t(`organisations.at-risk.${mode}`) }))} selected={[form.atRiskMode]}
        />
        <div class="actions"><button type="submit">{t(organisationId ? 'organisations.save' : 'organisations.create')}</button></div>
      </form>
    </section>
  );
}
