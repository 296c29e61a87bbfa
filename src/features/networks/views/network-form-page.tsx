// Creating or editing a network. On creation the founder chooses which of the organisations they administer
// founds it.
import { ChoiceGroup, CsrfField, ErrorSummary, SelectField, TextArea, TextField, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import { CountriesField, ThemesField } from '../../organisations/index.ts';
import { networkLimits, networkScopes, networkVisibilities } from '../network.ts';
import type { NetworkForm } from '../network-form.ts';

interface Props {
  form: NetworkForm;
  errors: FieldErrors;
  /** Null when creating. */
  networkId: string | null;
  /** On creation: the organisations the member administers. */
  organisations: { id: string; name: string }[];
}

export function NetworkFormPage({ form, errors, networkId, organisations }: Props) {
  const { t } = usePage().i18n;
  return (
    <section>
      {networkId ? <p><a href={`/networks/${networkId}`}>{t('networks.back-to-network')}</a></p> : <p><a href="/networks">{t('networks.directory-title')}</a></p>}
      <h1>{t(networkId ? 'networks.edit-title' : 'networks.new-title')}</h1>
      {!networkId && organisations.length === 0 ? <p class="warning">{t('networks.need-organisation')} <a href="/organisations/new">{t('networks.create-organisation')}</a></p> : null}
      <form method="post" action={networkId ? `/networks/${networkId}/edit` : '/networks/new'} noValidate>
        <CsrfField />
        <ErrorSummary errors={errors} />
        {networkId ? null : (
          <SelectField
            name="organisation" label={t('networks.field-organisation')} hint={t('networks.hint-organisation')} value={form.organisationId}
            errors={errors} required placeholder={t('networks.choose')} options={organisations.map((o) => ({ value: o.id, label: o.name }))}
          />
        )}
        <TextField name="name" label={t('networks.field-name')} value={form.name} errors={errors} required maxLength={networkLimits.nameMaxChars} />
        <SelectField
          name="scope" label={t('networks.field-scope')} value={form.scope} errors={errors} required placeholder={t('networks.choose')}
          options={networkScopes.map((scope) => ({ value: scope, label: t(`networks.scope.${scope}`) }))}
        />
        <ThemesField name="themes" label={t('networks.field-themes')} selected={form.themes} errors={errors} />
        <CountriesField name="countries" label={t('networks.field-countries')} selected={form.countries} errors={errors} />
        <TextArea name="description" label={t('networks.field-description')} value={form.description} errors={errors} rows={6} />
        <ChoiceGroup
          name="visibility" label={t('networks.field-visibility')} errors={errors} required selected={[form.visibility]}
          options={networkVisibilities.map((v) => ({ value: v, label: t(`networks.visibility.${v}`) }))}
        />
        <div class="actions"><button type="submit">{t(networkId ? 'networks.save' : 'networks.create')}</button></div>
      </form>
    </section>
  );
}
