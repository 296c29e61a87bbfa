// One call's submitted inputs: filters (a plain GET form, each option with its count) and the table.
import { KeyMissingNotice } from '../../accounts/index.ts';
import { countryName } from '../../../i18n/countries.ts';
import { pickTranslation } from '../../../i18n/translator.ts';
import { SelectField } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import type { Call } from '../../calls/index.ts';
import type { Facet, InboxEntry, InboxFilters } from '../inbox.ts';
import { filterValueLabel, languageLabel } from './labels.ts';
import { ImportMarkers, type ImportFlags } from '../../mail-import/index.ts';

export interface InboxViewProps {
  call: Call;
  facets: Facet[];
  filters: InboxFilters;
  total: number;
  matching: number;
  /** A null name: the input is not sealed to this reader (or their key is not in memory). */
  rows: (InboxEntry & { name: string | null; unread?: number; email?: ImportFlags | undefined })[];
  keyMissing?: boolean;
  page: number;
  pages: number;
}

function pageHref(callId: string, filters: InboxFilters, page: number): string {
  const query = new URLSearchParams(Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1])));
  if (page > 1) query.set('page', String(page));
  const text = query.toString();
  return `/staff/calls/${callId}/inputs${text ? `?${text}` : ''}`;
}

export function InboxView({ call, facets, filters, total, matching, rows, page, pages, keyMissing = false }: InboxViewProps) {
  const { i18n } = usePage();
  const { t } = i18n;
  const title = pickTranslation(call.title, i18n.locale);
  const collator = new Intl.Collator(i18n.locale);
  return (
    <section>
      <p><a href="/staff">{t('review.back-to-staff')}</a> · <a href={`/staff/calls/${call.id}/dashboard`}>{t('dashboard.link')}</a></p>
      <h1>{t('review.inbox-title')} <span class="meta" lang={title.lang}>{title.text}</span></h1>
      {keyMissing ? <KeyMissingNotice /> : null}
      <form method="get" action={`/staff/calls/${call.id}/inputs`} class="filters" aria-label={t('review.filters')}>
        {facets.map((facet) => {
          const options = facet.options
            .map((o) => ({ value: o.value, label: t('review.option-count', { label: filterValueLabel(i18n, facet.name, o.value), count: o.count }) }));
          if (facet.name === 'country' || facet.name === 'language') options.sort((a, b) => collator.compare(a.label, b.label));
          return (
            <SelectField
              name={facet.name} label={t(`review.filter.${facet.name}`)} value={filters[facet.name] ?? ''}
              options={options} placeholder={t('review.filter-all')}
            />
          );
        })}
        <div class="actions">
          <button type="submit">{t('review.apply-filters')}</button>
          <a href={`/staff/calls/${call.id}/inputs`}>{t('review.clear-filters')}</a>
        </div>
      </form>
      <p role="status">{t('review.matching', { matching, total })}</p>
      {rows.length ? (
        <table>
          <caption>{t('review.inbox-caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('review.column-reference')}</th>
              <th scope="col">{t('review.column-name')}</th>
              <th scope="col">{t('review.filter.type')}</th>
              <th scope="col">{t('review.filter.country')}</th>
              <th scope="col">{t('review.filter.language')}</th>
              <th scope="col">{t('review.filter.consent')}</th>
              <th scope="col">{t('review.filter.review')}</th>
              <th scope="col">{t('review.filter.publication')}</th>
              <th scope="col">{t('review.column-received')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr>
                <td>
                  <a href={`/staff/inputs/${row.id}`}>{row.reference}</a>
                  {row.late ? <> <span class="badge late">{t('domain.late')}</span></> : null}
                  <ImportMarkers flags={row.email} />
                  {row.unread ? <> <a class="badge" href={`/staff/inputs/${row.id}#messages`}>{t('follow-up.staff-unread', { count: row.unread })}</a></> : null}
                </td>
                <td>{row.name === null ? <span class="meta">{t('review.name-sealed')}</span> : row.name || <span class="meta">{t('review.no-name')}</span>}</td>
                <td>{t(`domain.stakeholder.${row.stakeholderType}`)}</td>
                <td>{row.countries.map((c) => countryName(c, i18n.locale)).join(', ')}</td>
                <td>{languageLabel(t, row.language)}</td>
                <td>{t(`domain.consent.${row.consent}`)}</td>
                <td>{t(`review.status.${row.reviewStatus}`)}</td>
                <td>{t(`review.publication.${row.published ? 'published' : 'unpublished'}`)}</td>
                <td>{i18n.formatDate(row.submittedOn, { dateStyle: 'medium', timeZone: 'UTC' })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : <p class="notice">{t('review.inbox-empty')}</p>}
      {pages > 1 ? (
        <nav aria-label={t('review.pagination')} class="actions">
          {page > 1 ? <a href={pageHref(call.id, filters, page - 1)} rel="prev">{t('review.previous-page')}</a> : null}
          <span>{t('review.page-of', { page, pages })}</span>
          {page < pages ? <a href={pageHref(call.id, filters, page + 1)} rel="next">{t('review.next-page')}</a> : null}
        </nav>
      ) : null}
    </section>
  );
}
