// The form to post or change an initiative. Multipart, because pictures travel with it; works without JavaScript.
// After an error every typed value comes back, but browsers never refill a file input: the page says so beside the
// pictures (checked pictures of a refused form are not kept either, so nothing unreviewed lingers).
import { countryOptions } from '../../../i18n/countries.ts';
import { humanRightLabelKey, humanRights, themeLabelKey, themes } from '../../../platform/vocabulary/solidarity-vocabulary.ts';
import { ChoiceGroup, CsrfField, ErrorSummary, SelectField, TextArea, TextField, fieldId, FieldError, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import type { InitiativeForm } from '../initiative-form.ts';
import { initiativeLanguages, initiativeLimits, languageName, type InitiativeImage } from '../initiative.ts';
import { ImageFields } from './image-fields.tsx';

export interface InitiativeFormPageProps {
  form: InitiativeForm;
  errors: FieldErrors;
  /** Where the form posts: /initiatives/new or /initiatives/:id/edit. */
  action: string;
  storedImages: readonly InitiativeImage[];
  /** How it will be signed: a pseudonym's label, or the organisations a named member may post for. */
  signing: { kind: 'pseudonym'; label: string } | { kind: 'member'; organisations: readonly { id: string; name: string }[] };
  /** Editing a published initiative sends it back to moderation; the author is told before saving. */
  republishes: boolean;
}

export function InitiativeFormPage({ form, errors, action, storedImages, signing, republishes }: InitiativeFormPageProps) {
  const { i18n } = usePage();
  const { t } = i18n;
  const editing = action !== '/initiatives/new';
  return (
    <section>
      <p><a href="/initiatives/mine">{t('initiatives.mine-link')}</a></p>
      <h1>{t(editing ? 'initiatives.edit-title' : 'initiatives.new-title')}</h1>
      <p>{t('initiatives.moderation-note')}</p>
      {republishes ? <p class="warning">{t('initiatives.edit-republish-warning')}</p> : null}
      <form method="post" action={action} enctype="multipart/form-data" noValidate>
        <CsrfField />
        <ErrorSummary errors={errors} />
        <TextField name="title" label={t('initiatives.field-title')} value={form.title} errors={errors} required maxLength={initiativeLimits.titleMaxChars} />
        <TextArea name="description" label={t('initiatives.field-description')} hint={t('initiatives.hint-description')} value={form.description} errors={errors} required rows={10} lang={form.language || undefined} />
        <SelectField name="language" label={t('initiatives.field-language')} value={form.language} errors={errors} required
          options={initiativeLanguages.map((l) => ({ value: l, label: languageName(l, i18n.locale) }))} />
        <ChoiceGroup name="rights" label={t('initiatives.field-rights')} hint={t('initiatives.hint-rights')} errors={errors} required multiple
          options={humanRights.map((r) => ({ value: r, label: t(humanRightLabelKey(r)) }))} selected={form.rights} />
        <ChoiceGroup name="themes" label={t('initiatives.field-themes')} errors={errors} multiple
          options={themes.map((th) => ({ value: th, label: t(themeLabelKey(th)) }))} selected={form.themes} />
        <CountriesField selected={form.countries} errors={errors} />
        <TextField name="starts-on" type="date" label={t('initiatives.field-starts-on')} value={form.startsOn} errors={errors} />
        <TextField name="ends-on" type="date" label={t('initiatives.field-ends-on')} value={form.endsOn} errors={errors} />
        <TextField name="link" type="url" label={t('initiatives.field-link')} hint={t('initiatives.hint-link')} value={form.link} errors={errors} maxLength={initiativeLimits.linkMaxChars} />
        {signing.kind === 'pseudonym' ? (
          <p class="notice">{t('initiatives.signing-pseudonym', { label: signing.label })}</p>
        ) : signing.organisations.length ? (
          <SelectField name="organisation" label={t('initiatives.field-organisation')} value={form.organisationId} errors={errors}
            placeholder={t('initiatives.organisation-none')} options={signing.organisations.map((o) => ({ value: o.id, label: o.name }))} />
        ) : null}
        <ImageFields form={form} errors={errors} storedImages={storedImages} />
        <div class="actions"><button type="submit">{t(editing ? 'initiatives.save' : 'initiatives.submit')}</button></div>
      </form>
    </section>
  );
}

function CountriesField({ selected, errors }: { selected: readonly string[]; errors: FieldErrors }) {
  const { i18n } = usePage();
  const { t } = i18n;
  const id = fieldId('countries');
  return (
    <div class={`field${errors.countries ? ' has-error' : ''}`}>
      <label for={id}>{t('initiatives.field-countries')}<span class="required"> ({t('common.required')})</span></label>
      <p class="hint" id={`${id}-hint`}>{t('initiatives.hint-countries')}</p>
      <FieldError name="countries" errors={errors} />
      <select id={id} name="countries" multiple size={8} aria-required="true" aria-invalid={errors.countries ? 'true' : undefined}
        aria-describedby={[`${id}-hint`, errors.countries ? `${id}-error` : ''].filter(Boolean).join(' ')}>
        {countryOptions(i18n.locale).map((o) => <option value={o.value} selected={selected.includes(o.value)}>{o.label}</option>)}
      </select>
    </div>
  );
}
