// A thread: its posts in order, page by page, each as escaped text; the author's own posts offer edit and delete;
// members reply at the foot. Deleted and hidden posts keep their place but never their words; a hidden one names
// the moderators' reason in the reader's language; one by a person the reader blocked says so, and nothing more.
import { CsrfField, ErrorSummary, TextArea, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import { BlockedAuthorNotice, HiddenByModerators } from '../../moderation/index.ts';
import { placePath, threadPath, type Place, type Post, type ThreadSummary } from '../discussion.ts';
import { AuthorName, Pagination, SignInToTakePart, When } from './bits.tsx';
import { PostBody } from './post-body.tsx';

export type ThreadNotice = 'replied' | 'edited' | 'deleted' | 'started';

export interface ThreadPageProps {
  place: Place;
  name: string;
  thread: ThreadSummary;
  posts: Post[];
  page: number;
  pages: number;
  /** Posts the reader wrote (by name or under their pseudonym here). */
  mine: ReadonlySet<string>;
  /** Posts by people the reader blocked: their places stay, their words do not. */
  byBlocked: ReadonlySet<string>;
  /** The thread was started by someone the reader blocked: its title is theirs too. */
  startedByBlocked: boolean;
  signedIn: boolean;
  reply: { body: string; errors: FieldErrors };
  pseudonym: string | null;
  notice: ThreadNotice | null;
}

const notices: Record<ThreadNotice, string> = {
  started: 'discussions.notice-started', replied: 'discussions.notice-replied', edited: 'discussions.notice-edited', deleted: 'discussions.notice-deleted',
};

export function ThreadPage(props: ThreadPageProps) {
  const { place, name, thread, posts, page, pages, signedIn, reply, notice } = props;
  const { t } = usePage().i18n;
  const path = threadPath(place, thread.id);
  return (
    <>
      <p class="meta"><a href={placePath(place)}>{name}</a></p>
      {props.startedByBlocked ? <h1>{t('discussions.blocked-thread-title')}</h1> : <h1 lang={thread.language}>{thread.title}</h1>}
      {notice ? <p class="notice" role="status">{t(notices[notice])}</p> : null}
      <ErrorSummary errors={reply.errors} />
      <ol class="cards posts">
        {posts.map((post) => (props.byBlocked.has(post.id)
          ? <BlockedPostItem id={post.id} />
          : <PostItem post={post} thread={thread} mine={props.mine.has(post.id)} path={path} />))}
      </ol>
      <Pagination page={page} pages={pages} href={(n) => `${path}?page=${n}`} />
      {signedIn ? (
        <form method="post" action={`${path}/posts`}>
          <CsrfField />
          <h2>{t('discussions.reply-heading')}</h2>
          {props.pseudonym ? <p class="notice">{t('discussions.posting-as-pseudonym', { label: props.pseudonym })}</p> : null}
          <TextArea name="body" label={t('discussions.field-reply')} hint={t('discussions.body-hint')} value={reply.body} errors={reply.errors} required rows={6} />
          <div class="actions"><button type="submit">{t('discussions.post-reply')}</button></div>
        </form>
      ) : <SignInToTakePart message={t('discussions.sign-in-to-reply')} />}
    </>
  );
}

function PostItem({ post, thread, mine, path }: { post: Post; thread: ThreadSummary; mine: boolean; path: string }) {
  const { t } = usePage().i18n;
  return (
    <li id={`post-${post.id}`}>
      <p class="meta">
        <AuthorName author={post.author} /> · <When at={post.createdAt} />
        {post.editedAt && post.visibility === 'visible' ? <> · <span class="badge">{t('discussions.edited')}</span></> : null}
      </p>
      {post.visibility === 'visible' ? <PostBody body={post.body} lang={thread.language} /> : null}
      {post.visibility === 'deleted' ? <p class="meta"><em>{t('discussions.deleted-by-author')}</em></p> : null}
      {post.visibility === 'hidden' ? <HiddenByModerators reason={post.hiddenReason} /> : null}
      {!mine && post.visibility === 'visible' ? <p class="actions"><a href={`/report/post/${post.id}`} rel="nofollow">{t('moderation.report-link')}</a></p> : null}
      {mine && post.visibility === 'visible' ? (
        <p class="actions">
          <a href={`${path}/posts/${post.id}/edit`}>{t('discussions.edit-post')}</a>
          <a href={`${path}/posts/${post.id}/delete`}>{t('discussions.delete-post')}</a>
        </p>
      ) : null}
    </li>
  );
}

/** A post by someone the reader blocked: neither name nor words, only the way to their blocks (MODERATION.md "Blocking"). */
function BlockedPostItem({ id }: { id: string }) {
  const { t } = usePage().i18n;
  return (
    <li id={`post-${id}`}>
      <BlockedAuthorNotice notice={t('discussions.blocked-post')} />
    </li>
  );
}

/** What readers of a thread moderators hid see in its place. */
export function HiddenThreadPage({ place, name, reason }: { place: Place; name: string; reason: string | null }) {
  const { t } = usePage().i18n;
  return (
    <>
      <p class="meta"><a href={placePath(place)}>{name}</a></p>
      <h1>{t('discussions.thread-hidden-title')}</h1>
      <HiddenByModerators reason={reason} />
    </>
  );
}
