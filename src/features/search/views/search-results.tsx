// What a search found: how many, the kinds it found them in (each a link that narrows the search), the results with
// their matches marked, and pages; or, when nothing matched, ways to find something.
import { countryName } from '../../../i18n/countries.ts';
import { usePage } from '../../../views/page-context.ts';
import { countLimit, type MatchCount, type SearchOutcome, type SearchResult } from '../search-entries.ts';
import { maxPage, resultsPerPage, searchHref, type SearchRequest } from '../search-request.ts';
import { kindLabel, kindsLabel, orderedKinds } from './labels.ts';
import { MarkedText } from './marked-text.tsx';
import { NoResults } from './no-results.tsx';

function KindLinks({ request, outcome }: { request: SearchRequest; outcome: SearchOutcome }) {
  const { t } = usePage().i18n;
  const counts = [...outcome.byKind.values()];
  const everything = { count: counts.reduce((sum, c) => sum + c.count, 0), more: counts.some((c) => c.more) };
  const number = (c: MatchCount) => t(c.more ? 'search.count-more' : 'search.count', { count: c.count });
  const link = (kind: string | undefined, label: string) => (kind === request.kind
    ? <span aria-current="true">{label}</span>
    : <a href={searchHref(request, { kind })}>{label}</a>);
  return (
    <nav aria-label={t('search.kinds-label')}>
      <ul class="actions">
        <li>{link(undefined, t('search.all-kinds', { count: number(everything) }))}</li>
        {orderedKinds(outcome.byKind.keys()).map((kind) => (
          <li>{link(kind, t('search.kind-count', { kind: kindsLabel(t, kind), count: number(outcome.byKind.get(kind)!) }))}</li>
        ))}
      </ul>
    </nav>
  );
}

function Result({ result }: { result: SearchResult }) {
  const { i18n } = usePage();
  const { t } = i18n;
  const { entry } = result;
  const countries = new Intl.ListFormat(i18n.locale, { type: 'conjunction' }).format(entry.countries.map((c) => countryName(c, i18n.locale)));
  const details = [kindLabel(t, entry.kind), countries].filter(Boolean).join(' · ');
  return (
    <li>
      <h2><a href={entry.url} lang={entry.language} dir="auto"><MarkedText parts={result.title} /></a></h2>
      <p class="meta">
        {details} · <time datetime={entry.updatedAt}>{t('search.updated', { date: i18n.formatDate(entry.updatedAt) })}</time>
        {entry.audience === 'members' ? ` · ${t('search.members-only')}` : null}
      </p>
      <p lang={entry.language} dir="auto"><MarkedText parts={result.snippet} /></p>
    </li>
  );
}

function Pages({ request, total }: { request: SearchRequest; total: MatchCount }) {
  const { t } = usePage().i18n;
  const pages = total.more ? maxPage : Math.min(maxPage, Math.ceil(total.count / resultsPerPage));
  if (pages <= 1) return null;
  return (
    <nav aria-label={t('search.pagination')} class="actions">
      {request.page > 1 ? <a href={searchHref(request, { page: request.page - 1 })} rel="prev">{t('search.previous')}</a> : null}
      <span aria-current="page">{t('search.page-of', { page: request.page, pages })}</span>
      {request.page < pages ? <a href={searchHref(request, { page: request.page + 1 })} rel="next">{t('search.next')}</a> : null}
    </nav>
  );
}

export function SearchResults({ request, outcome }: { request: SearchRequest; outcome: SearchOutcome }) {
  const { t } = usePage().i18n;
  return (
    <>
      <p role="status">{t(outcome.total.more ? 'search.result-count-more' : 'search.result-count', { count: outcome.total.count })}</p>
      {outcome.byKind.size ? <KindLinks request={request} outcome={outcome} /> : null}
      {outcome.order === 'newest' && request.q ? <p class="notice">{t('search.newest-first', { limit: countLimit })}</p> : null}
      {outcome.results.length
        ? <ol class="search-results" start={(request.page - 1) * resultsPerPage + 1}>{outcome.results.map((result) => <Result result={result} />)}</ol>
        : <NoResults request={request} />}
      <Pages request={request} total={outcome.total} />
    </>
  );
}
