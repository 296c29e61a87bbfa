// The search page: the form, then what it found, or how searching works before anything was asked.
import { usePage } from '../../../views/page-context.ts';
import type { SearchOutcome } from '../search-entries.ts';
import type { SearchRequest } from '../search-request.ts';
import { SearchForm } from './search-form.tsx';
import { SearchResults } from './search-results.tsx';

export function SearchPage({ request, outcome, member }: { request: SearchRequest; outcome: SearchOutcome; member: boolean }) {
  const { t } = usePage().i18n;
  return (
    <section>
      <h1>{t('search.title')}</h1>
      <p>{t('search.intro')}</p>
      {member ? <p class="meta">{t('search.intro-members')}</p> : null}
      <SearchForm request={request} />
      {outcome.searched ? <SearchResults request={request} outcome={outcome} /> : null}
    </section>
  );
}
