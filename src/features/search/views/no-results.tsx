// When nothing matched: say so, and offer what most often finds something.
import { usePage } from '../../../views/page-context.ts';
import { searchHref, type SearchRequest } from '../search-request.ts';

export function NoResults({ request }: { request: SearchRequest }) {
  const { t } = usePage().i18n;
  const filtered = Boolean(request.kind || request.theme || request.country || request.region);
  const words = request.q.split(/\s+/u).filter(Boolean).length;
  return (
    <section aria-labelledby="no-results">
      <h2 id="no-results">{request.q ? t('search.no-results', { query: request.q }) : t('search.no-results-filters')}</h2>
      <p>{t('search.tips-title')}</p>
      <ul>
        {filtered && request.q
          ? <li><a href={searchHref(request, { kind: undefined, theme: undefined, country: undefined, region: undefined })}>{t('search.tip-remove-filters')}</a></li>
          : null}
        {words > 1 ? <li>{t('search.tip-fewer-words')}</li> : null}
        {request.q.includes('"') ? <li>{t('search.tip-phrase')}</li> : null}
        <li>{t('search.tip-spelling')}</li>
        <li>{t('search.tip-other-language')}</li>
      </ul>
    </section>
  );
}
