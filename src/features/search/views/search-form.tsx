// The search form: words and filters in a plain GET form, so it works without JavaScript and every search has an
// address that can be shared.
import { countryOptions } from '../../../i18n/countries.ts';
import { regionalGroups } from '../../../platform/geo/un-regional-groups.ts';
import { themeLabelKey, themes } from '../../../platform/vocabulary/solidarity-vocabulary.ts';
import { SelectField, TextField } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import { searchKinds } from '../search-entry.ts';
import { maxQueryLength } from '../search-query.ts';
import { searchHref, type SearchRequest } from '../search-request.ts';
import { kindLabel, regionLabel } from './labels.ts';

export function SearchForm({ request }: { request: SearchRequest }) {
  const { i18n } = usePage();
  const { t } = i18n;
  const all = t('search.filter-all');
  const filtered = Boolean(request.kind || request.theme || request.country || request.region);
  return (
    <form method="get" action="/search" role="search" aria-label={t('search.form-label')}>
      <TextField name="q" type="search" label={t('search.query-label')} hint={t('search.query-hint')} value={request.q} maxLength={maxQueryLength} />
      <div class="filters">
        <SelectField name="kind" label={t('search.filter-kind')} value={request.kind} placeholder={all}
          options={[...new Set([...searchKinds, ...(request.kind ? [request.kind] : [])])].map((kind) => ({ value: kind, label: kindLabel(t, kind) }))} />
        <SelectField name="theme" label={t('search.filter-theme')} value={request.theme} placeholder={all}
          options={themes.map((theme) => ({ value: theme, label: t(themeLabelKey(theme)) }))} />
        <SelectField name="country" label={t('search.filter-country')} value={request.country} placeholder={all}
          options={countryOptions(i18n.locale)} />
        <SelectField name="region" label={t('search.filter-region')} value={request.region} placeholder={all}
          options={regionalGroups.map((group) => ({ value: group, label: regionLabel(t, group) }))} />
      </div>
      <div class="actions">
        <button type="submit">{t('search.submit')}</button>
        {filtered ? <a href={searchHref(request, { kind: undefined, theme: undefined, country: undefined, region: undefined })}>{t('search.clear-filters')}</a> : null}
      </div>
    </form>
  );
}
