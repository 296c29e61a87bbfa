// Small pieces every discussion page shares: an author's name as readers may know it, a moment in time, and the
// links between pages of a long list.
import { usePage } from '../../../views/page-context.ts';
import type { Author } from '../discussion.ts';

export function AuthorName({ author }: { author: Author }) {
  const { t } = usePage().i18n;
  if (author.kind === 'member') return <span class="author">{author.displayName}</span>;
  if (author.kind === 'pseudonym') return <span class="author" title={t('discussions.pseudonym-hint')}>{author.label}</span>;
  return <span class="author">{t('discussions.former-member')}</span>;
}

export function When({ at }: { at: string }) {
  const { i18n } = usePage();
  return <time datetime={at}>{i18n.formatDate(at, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })} UTC</time>;
}

export function Pagination({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  const { t } = usePage().i18n;
  if (pages <= 1) return null;
  return (
    <nav aria-label={t('discussions.pagination')} class="actions">
      {page > 1 ? <a href={href(page - 1)} rel="prev">{t('discussions.previous')}</a> : null}
      <span aria-current="page">{t('discussions.page-of', { page, pages })}</span>
      {page < pages ? <a href={href(page + 1)} rel="next">{t('discussions.next')}</a> : null}
    </nav>
  );
}

/** Where a signed-out reader goes to take part, coming back to this page. */
export function SignInToTakePart({ message }: { message: string }) {
  const { path } = usePage();
  return <p class="notice"><a href={`/sign-in?next=${encodeURIComponent(path)}`}>{message}</a></p>;
}
