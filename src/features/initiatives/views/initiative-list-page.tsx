// The public list: filters, a count, one card per initiative (text only, so the page stays light on slow links;
// pictures are on each initiative's page), and links to further pages. The same for every reader, so it is cached.
import { usePage } from '../../../views/page-context.ts';
import { filtersQuery, type InitiativeListing } from '../list-initiatives.ts';
import { initiativePath } from '../initiative.ts';
import { authorText, countriesText } from './initiative-details.tsx';
import { FiltersForm } from './filters-form.tsx';

const excerptChars = 280;

function excerpt(text: string): string {
  return text.length > excerptChars ? `${text.slice(0, excerptChars).trimEnd()}…` : text;
}

export function InitiativeListPage({ listing }: { listing: InitiativeListing }) {
  const { i18n } = usePage();
  const { t } = i18n;
  const { filters, items, total, page, pages } = listing;
  return (
    <section>
      <h1>{t('initiatives.list-title')}</h1>
      <p>{t('initiatives.list-intro')}</p>
      <p>
        <a href="/initiatives/map">{t('initiatives.map-link')}</a> · <a href="/initiatives/new">{t('initiatives.new-link')}</a>
        {' · '}<a href="/initiatives/mine">{t('initiatives.mine-link')}</a>
      </p>
      <FiltersForm filters={filters} />
      <p role="status">{t('initiatives.list-count', { count: total })}</p>
      <ul class="cards">
        {items.map((initiative) => (
          <li>
            <h2><a href={initiativePath(initiative.id)} lang={initiative.language}>{initiative.title}</a></h2>
            <p class="meta">{countriesText(i18n.locale, initiative.countries)} · {authorText(t, initiative.author)}</p>
            <p lang={initiative.language}>{excerpt(initiative.description)}</p>
          </li>
        ))}
      </ul>
      {pages > 1 ? (
        <nav aria-label={t('initiatives.pages-label')} class="actions">
          {page > 1 ? <a href={`/initiatives${filtersQuery(filters, page - 1)}`} rel="prev">{t('initiatives.page-previous')}</a> : null}
          <span>{t('initiatives.page-of', { page, pages })}</span>
          {page < pages ? <a href={`/initiatives${filtersQuery(filters, page + 1)}`} rel="next">{t('initiatives.page-next')}</a> : null}
        </nav>
      ) : null}
    </section>
  );
}
