// The International Solidarity Map: published initiatives by country as a server-rendered SVG (no JavaScript), each
// country with initiatives linking to the list filtered by it, and the same figures as a table with the same links.
import { countryRows } from '../../../views/charts/country-rows.ts';
import { DataTable } from '../../../views/charts/data-table.tsx';
import { WorldMap } from '../../../views/charts/world-map.tsx';
import { usePage } from '../../../views/page-context.ts';

export const countryListPath = (country: string) => `/initiatives?country=${encodeURIComponent(country)}`;

export function InitiativeMapPage({ counts }: { counts: Readonly<Record<string, number>> }) {
  const { i18n } = usePage();
  const { t } = i18n;
  return (
    <section>
      <p><a href="/initiatives">{t('initiatives.back-to-list')}</a></p>
      <h1>{t('initiatives.map-title')}</h1>
      <p>{t('initiatives.map-intro')}</p>
      <WorldMap
        values={counts} title={t('initiatives.map-figure-title')} legendLabel={t('initiatives.map-legend')}
        itemLabel={(country, value) => t('initiatives.map-item', { country, value })}
        linkFor={(country, value) => (value > 0 ? countryListPath(country) : undefined)}
      />
      {Object.keys(counts).length ? (
        <DataTable
          caption={t('initiatives.map-table-caption')} labelHeader={t('initiatives.map-table-country')}
          valueHeaders={[t('initiatives.map-table-initiatives')]} rows={countryRows(counts, i18n.locale, countryListPath)}
        />
      ) : <p>{t('initiatives.map-empty')}</p>}
    </section>
  );
}
