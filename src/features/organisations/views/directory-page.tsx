// The organisations directory: those the viewer may see, filtered by country, theme and kind (a plain GET form).
import { countryName, countryOptions } from '../../../i18n/countries.ts';
import { themes, themeLabelKey } from '../../../platform/vocabulary/solidarity-vocabulary.ts';
import { SelectField } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import { organisationKinds, type Organisation } from '../organisation.ts';
import { VerifiedMark } from './organisation-facts.tsx';

export interface DirectoryFilters {
  country: string;
  theme: string;
  kind: string;
}

export function DirectoryPage({ organisations, filters, signedIn, notice }: { organisations: Organisation[]; filters: DirectoryFilters; signedIn: boolean; notice: string | null }) {
  const { i18n } = usePage();
  const { t, locale } = i18n;
  return (
    <section>
      {notice ? <p class="notice" role="status">{t(notice)}</p> : null}
      <h1>{t('organisations.directory-title')}</h1>
      <p>{t('organisations.directory-intro')}</p>
      {signedIn ? <p><a class="button" href="/organisations/new">{t('organisations.new-title')}</a></p> : null}
      <form method="get" action="/organisations" class="filters">
        <SelectField name="country" label={t('organisations.field-country')} value={filters.country} placeholder={t('organisations.any')} options={countryOptions(locale)} />
        <SelectField name="theme" label={t('organisations.field-theme')} value={filters.theme} placeholder={t('organisations.any')} options={themes.map((theme) => ({ value: theme, label: t(themeLabelKey(theme)) }))} />
        <SelectField name="kind" label={t('organisations.field-kind')} value={filters.kind} placeholder={t('organisations.any')} options={organisationKinds.map((kind) => ({ value: kind, label: t(`organisations.kind.${kind}`) }))} />
        <div class="actions"><button type="submit">{t('organisations.filter')}</button></div>
      </form>
      <p>{t('organisations.directory-count', { count: organisations.length })}</p>
      <ul class="cards">
        {organisations.map((organisation) => (
          <li>
            <a href={`/organisations/${organisation.id}`}>{organisation.name}</a> <VerifiedMark organisation={organisation} />
            <p class="meta">
              {[t(`organisations.kind.${organisation.kind}`), organisation.countries.map((c) => countryName(c, locale)).join(', ')].join(' · ')}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
