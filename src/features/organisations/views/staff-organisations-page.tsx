// Staff: every organisation (at-risk ones included: verifying needs their names), filtered by verification status.
import { countryName } from '../../../i18n/countries.ts';
import { usePage } from '../../../views/page-context.ts';
import type { Organisation } from '../organisation.ts';

export const staffStatusFilters = ['unverified', 'verified', 'all'] as const;
export type StaffStatusFilter = (typeof staffStatusFilters)[number];

export function StaffOrganisationsPage({ organisations, status }: { organisations: Organisation[]; status: StaffStatusFilter }) {
  const { i18n } = usePage();
  const { t, locale } = i18n;
  return (
    <section>
      <p><a href="/staff">{t('organisations.staff-back')}</a></p>
      <h1>{t('organisations.staff-title')}</h1>
      <p>{t('organisations.staff-intro')}</p>
      <nav aria-label={t('organisations.staff-filter')}>
        <ul class="actions">
          {staffStatusFilters.map((s) => (
            <li>{s === status ? <strong aria-current="page">{t(`organisations.staff-status.${s}`)}</strong> : <a href={`/staff/network/organisations?status=${s}`}>{t(`organisations.staff-status.${s}`)}</a>}</li>
          ))}
        </ul>
      </nav>
      <table>
        <caption>{t('organisations.directory-count', { count: organisations.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('organisations.field-name')}</th>
            <th scope="col">{t('organisations.field-kind')}</th>
            <th scope="col">{t('organisations.field-countries')}</th>
            <th scope="col">{t('organisations.field-at-risk')}</th>
            <th scope="col">{t('organisations.column-verification')}</th>
          </tr>
        </thead>
        <tbody>
          {organisations.map((o) => (
            <tr>
              <th scope="row"><a href={`/staff/network/organisations/${o.id}`}>{o.name}</a></th>
              <td>{t(`organisations.kind.${o.kind}`)}</td>
              <td>{o.countries.map((c) => countryName(c, locale)).join(', ')}</td>
              <td>{t(`organisations.at-risk.${o.atRiskMode}`)}</td>
              <td>{o.verifiedAt ? i18n.formatDate(o.verifiedAt, { dateStyle: 'medium', timeZone: 'UTC' }) : t('organisations.not-verified')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
