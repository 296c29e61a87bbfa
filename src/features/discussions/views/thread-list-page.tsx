// A place's threads, most recently active first: a theme's public forum, or a network's own discussions.
import { usePage } from '../../../views/page-context.ts';
import { placePath, threadPath, threadsRoot, type Place, type ThreadSummary } from '../discussion.ts';
import { AuthorName, Pagination, SignInToTakePart, When } from './bits.tsx';

export interface ThreadListProps {
  place: Place;
  name: string;
  threads: ThreadSummary[];
  page: number;
  pages: number;
  signedIn: boolean;
}

export function ThreadListPage({ place, name, threads, page, pages, signedIn }: ThreadListProps) {
  const { t } = usePage().i18n;
  return (
    <>
      <p class="meta">
        {place.kind === 'forum'
          ? <a href="/forums">{t('discussions.forums-title')}</a>
          : <a href={`/networks/${encodeURIComponent(place.networkId)}`}>{name}</a>}
      </p>
      <h1>{place.kind === 'forum' ? t('discussions.forum-title', { theme: name }) : t('discussions.network-threads-title', { network: name })}</h1>
      <p>{place.kind === 'forum' ? t('discussions.forum-intro') : t('discussions.network-intro')}</p>
      {signedIn
        ? <p class="actions"><a class="button" href={`${threadsRoot(place)}/new`}>{t('discussions.start-thread')}</a> <a href="/account/notifications">{t('discussions.notifications-title')}</a></p>
        : <SignInToTakePart message={t('discussions.sign-in-to-start')} />}
      {threads.length ? (
        <ul class="cards">
          {threads.map((thread) => (
            <li>
              <h2 lang={thread.language}><a href={threadPath(place, thread.id)}>{thread.title}</a></h2>
              <p class="meta">
                {t('discussions.started-by')} <AuthorName author={thread.author} /> · {t('discussions.post-count', { count: thread.postCount })}
                {' · '}{t('discussions.last-activity')} <When at={thread.lastPostedAt} />
              </p>
            </li>
          ))}
        </ul>
      ) : <p>{t('discussions.no-threads')}</p>}
      <Pagination page={page} pages={pages} href={(n) => `${placePath(place)}?page=${n}`} />
    </>
  );
}
