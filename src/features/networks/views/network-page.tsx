// A network's page: what it is, its member organisations (at-risk ones under the name the viewer may read), counts
// by UN regional group and country, its coordinators, and the forms for what this viewer may do.
import { countryName } from '../../../i18n/countries.ts';
import { regionalGroups } from '../../../platform/geo/un-regional-groups.ts';
import { themeLabelKey } from '../../../platform/vocabulary/solidarity-vocabulary.ts';
import { countryRows } from '../../../views/charts/country-rows.ts';
import { DataTable } from '../../../views/charts/data-table.tsx';
import { usePage } from '../../../views/page-context.ts';
import { paragraphs } from '../../organisations/index.ts';
import type { NetworkPageData } from '../read-network-page.ts';
import { CoordinationSection, CoordinatorsSection, MyOrganisationsSection } from './network-actions.tsx';
import { OrganisationList } from './organisation-list.tsx';

export function NetworkPage({ data, notice }: { data: NetworkPageData; notice: { key: string; problem: boolean } | null }) {
  const { i18n } = usePage();
  const { t, locale } = i18n;
  const { network, counts } = data;
  return (
    <section>
      <p><a href="/networks">{t('networks.directory-title')}</a></p>
      {notice ? <p class={notice.problem ? 'warning' : 'notice'} role={notice.problem ? 'alert' : 'status'}>{t(notice.key)}</p> : null}
      <h1>{network.name}</h1>
      <p class="meta">{t(`networks.scope.${network.scope}`)} · {t(`networks.visibility.${network.visibility}`)}</p>
      {paragraphs(network.description).map((text) => <p>{text}</p>)}
      <dl class="facts">
        <dt>{t('networks.field-themes')}</dt>
        <dd>{network.themes.map((theme) => t(themeLabelKey(theme))).join(', ') || t('networks.none-given')}</dd>
        <dt>{t('networks.field-countries')}</dt>
        <dd>{network.countries.map((c) => countryName(c, locale)).join(', ') || t('networks.none-given')}</dd>
      </dl>
      {data.isCoordinator ? <p><a href={`/networks/${network.id}/edit`}>{t('networks.edit-link')}</a></p> : null}
      {data.viewerIsMember ? (
        <nav aria-label={t('networks.work-navigation')}>
          <ul>
            <li><a href={`/networks/${network.id}/statements`}>{t('networks.work-statements')}</a></li>
            <li><a href={`/networks/${network.id}/threads`}>{t('networks.work-threads')}</a></li>
          </ul>
        </nav>
      ) : null}
      <section aria-labelledby="organisations-heading">
        <h2 id="organisations-heading">{t('networks.organisations-title', { count: data.organisations.length })}</h2>
        <OrganisationList entries={data.organisations} {...(data.isCoordinator ? { removeFrom: network.id } : {})} />
        <DataTable
          caption={t('networks.by-regional-group')} labelHeader={t('networks.regional-group')} valueHeaders={[t('networks.organisations-column')]}
          rows={[...regionalGroups, 'none' as const].filter((g) => counts.byRegionalGroup[g] > 0).map((g) => ({ label: t(`networks.region.${g}`), values: [counts.byRegionalGroup[g]] }))}
        />
        <DataTable
          caption={t('networks.by-country')} labelHeader={t('networks.country')} valueHeaders={[t('networks.organisations-column')]}
          rows={countryRows(counts.byCountry, locale)}
        />
        {counts.withheldFromCountries > 0 ? <p class="hint">{t('networks.withheld-from-countries', { count: counts.withheldFromCountries })}</p> : null}
      </section>
      {data.coordinators ? <CoordinatorsSection data={data} /> : null}
      <MyOrganisationsSection data={data} />
      {data.coordination ? <CoordinationSection data={data} /> : null}
    </section>
  );
}
