// The list's filters as a plain GET form: right, theme, country, UN regional group. Works without JavaScript; the
// chosen values are in the address, so a filtered list can be shared and is cached like any public page.
import { countryOptions } from '../../../i18n/countries.ts';
import { regionalGroups } from '../../../platform/geo/un-regional-groups.ts';
import { humanRightLabelKey, humanRights, themeLabelKey, themes } from '../../../platform/vocabulary/solidarity-vocabulary.ts';
import { SelectField } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import type { InitiativeFilters } from '../list-initiatives.ts';

export const regionLabelKey = (group: string) => `initiatives.region.${group}`;

export function FiltersForm({ filters }: { filters: InitiativeFilters }) {
  const { i18n } = usePage();
  const { t } = i18n;
  const all = t('initiatives.filter-all');
  return (
    <form method="get" action="/initiatives" class="filters" role="search" aria-label={t('initiatives.filters-label')}>
      <SelectField name="right" label={t('initiatives.filter-right')} value={filters.right} placeholder={all}
        options={humanRights.map((r) => ({ value: r, label: t(humanRightLabelKey(r)) }))} />
      <SelectField name="theme" label={t('initiatives.filter-theme')} value={filters.theme} placeholder={all}
        options={themes.map((th) => ({ value: th, label: t(themeLabelKey(th)) }))} />
      <SelectField name="country" label={t('initiatives.filter-country')} value={filters.country} placeholder={all}
        options={countryOptions(i18n.locale)} />
      <SelectField name="region" label={t('initiatives.filter-region')} value={filters.region} placeholder={all}
        options={regionalGroups.map((g) => ({ value: g, label: t(regionLabelKey(g)) }))} />
      <div class="actions"><button type="submit">{t('initiatives.filter-apply')}</button></div>
    </form>
  );
}
