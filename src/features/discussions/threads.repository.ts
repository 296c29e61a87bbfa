// SQL for threads and posts. Readers get a post's text only while it is visible: a deleted or hidden post comes
// back with an empty body, so no view can show it by mistake. Authors' display names are read from the members
// table at each read (a renamed member shows the new name); a pseudonymous post carries only its own label.
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { Db, Transaction } from '../../db/database.ts';
import { placeOfColumns, type Author, type Authorship, type Place, type Post, type ThreadSummary, type Visibility } from './discussion.ts';

type Executor = Db | Transaction;

interface AuthorColumns {
  author_member_id: string | null;
  author_pseudonym_id: string | null;
  author_pseudonym_label: string | null;
  display_name: string | null;
}

function authorOf(row: AuthorColumns): Author {
  if (row.author_pseudonym_id) return { kind: 'pseudonym', pseudonymId: row.author_pseudonym_id, label: row.author_pseudonym_label ?? '' };
  if (row.author_member_id && row.display_name !== null) return { kind: 'member', memberId: row.author_member_id, displayName: row.display_name };
  return { kind: 'former-member' };
}

function authorColumns(authorship: Authorship) {
  return authorship.kind === 'member'
    ? { author_member_id: authorship.memberId, author_pseudonym_id: null, author_pseudonym_label: null }
    : { author_member_id: null, author_pseudonym_id: authorship.pseudonymId, author_pseudonym_label: authorship.label };
}

const placeColumns = (place: Place) =>
  place.kind === 'forum' ? { forum_theme: place.theme, network_id: null } : { forum_theme: null, network_id: place.networkId };

export interface NewThread {
  id: string;
  place: Place;
  title: string;
  language: string;
  authorship: Authorship;
}

export async function insertThread(trx: Transaction, thread: NewThread, now: string): Promise<void> {
  await trx.insertInto('discussion_threads').values({
    id: thread.id, ...placeColumns(thread.place), title: thread.title, language: thread.language,
    ...authorColumns(thread.authorship), created_at: now, last_posted_at: now, post_count: 0, hidden_at: null, hidden_reason: null,
  }).execute();
}

/**
 * Adds a post at the thread's next position. The counter is bumped by one UPDATE … RETURNING, which holds the
 * thread's row until the transaction ends, so two replies at once never get the same position.
 */
export async function appendPost(trx: Transaction, post: { id: string; threadId: string; body: string; authorship: Authorship }, now: string): Promise<number> {
  const { post_count: position } = await trx.updateTable('discussion_threads')
    .set((eb) => ({ post_count: eb('post_count', '+', 1), last_posted_at: now }))
    .where('id', '=', post.threadId).returning('post_count').executeTakeFirstOrThrow();
  await trx.insertInto('discussion_posts').values({
    id: post.id, thread_id: post.threadId, position: Number(position), body: post.body, ...authorColumns(post.authorship),
    created_at: now, edited_at: null, deleted_at: null, hidden_at: null, hidden_reason: null,
  }).execute();
  return Number(position);
}

function threadQuery(db: Executor) {
  return db.selectFrom('discussion_threads as t').leftJoin('members as m', 'm.id', 't.author_member_id').select([
    't.id', 't.forum_theme', 't.network_id', 't.title', 't.language', 't.author_member_id', 't.author_pseudonym_id',
    't.author_pseudonym_label', 'm.display_name', 't.created_at', 't.last_posted_at', 't.post_count', 't.hidden_at', 't.hidden_reason',
  ]);
}

type ThreadRow = Awaited<ReturnType<ReturnType<typeof threadQuery>['executeTakeFirstOrThrow']>>;

function toThread(row: ThreadRow): ThreadSummary {
  // The check constraint and the forms keep a thread's place valid; a theme dropped from the vocabulary would
  // leave its threads with no forum, so they read as a network-less place nobody can enter.
  const place: Place = placeOfColumns(row) ?? { kind: 'network', networkId: '' };
  return {
    id: row.id, place, title: row.title, language: row.language, author: authorOf(row), createdAt: row.created_at,
    lastPostedAt: row.last_posted_at, postCount: Number(row.post_count), hidden: row.hidden_at !== null, hiddenReason: row.hidden_reason,
  };
}

export async function findThread(db: Executor, threadId: string): Promise<ThreadSummary | undefined> {
  const row = await threadQuery(db).where('t.id', '=', threadId).executeTakeFirst();
  return row && toThread(row);
}

function inPlace(query: ReturnType<typeof threadQuery>, place: Place) {
  return place.kind === 'forum' ? query.where('t.forum_theme', '=', place.theme) : query.where('t.network_id', '=', place.networkId);
}

/** Authors whose threads a reader's list leaves out (the people they blocked). */
export interface LeftOutAuthors {
  memberIds: ReadonlySet<string>;
  pseudonymIds: ReadonlySet<string>;
}

/**
 * Leaves out rows signed by these authors: by the member id column or by the pseudonym id column, each matched on
 * its own (a block on a name never reaches that person's pseudonymous rows). True when nobody is left out. Loosely
 * typed, as thread and post queries each name their own columns.
 */
export function notSignedBy(eb: ExpressionBuilder<any, any>, columns: { member: string; pseudonym: string }, authors: LeftOutAuthors): Expression<SqlBool> {
  const outside = (column: string, ids: ReadonlySet<string>) => (ids.size ? [eb.or([eb(column, 'is', null), eb(column, 'not in', [...ids])])] : []);
  return eb.and([...outside(columns.member, authors.memberIds), ...outside(columns.pseudonym, authors.pseudonymIds)]);
}

const threadAuthor = { member: 't.author_member_id', pseudonym: 't.author_pseudonym_id' };

/** A page of a place's threads, most recently active first; threads hidden by moderators or started by `leftOut` are left out. */
export async function listThreads(
  db: Executor, place: Place, page: { offset: number; limit: number }, leftOut: LeftOutAuthors,
): Promise<{ threads: ThreadSummary[]; total: number }> {
  const listed = () => inPlace(threadQuery(db), place).where('t.hidden_at', 'is', null).where((eb) => notSignedBy(eb, threadAuthor, leftOut));
  const rows = await listed().orderBy('t.last_posted_at', 'desc').orderBy('t.id').offset(page.offset).limit(page.limit).execute();
  const count = await listed().clearSelect().select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return { threads: rows.map(toThread), total: Number(count.n) };
}

/**
 * Per theme: how many visible threads its public forum holds and when one last moved, leaving out those `leftOut`
 * started. The filter rides on the one grouped scan the index page already makes, so a reader's blocks cost no query.
 */
export async function forumActivity(db: Executor, leftOut: LeftOutAuthors): Promise<Map<string, { threads: number; lastPostedAt: string }>> {
  const rows = await db.selectFrom('discussion_threads as t')
    .select((eb) => ['t.forum_theme', eb.fn.countAll().as('n'), eb.fn.max('t.last_posted_at').as('last')])
    .where('t.forum_theme', 'is not', null).where('t.hidden_at', 'is', null).where((eb) => notSignedBy(eb, threadAuthor, leftOut))
    .groupBy('t.forum_theme').execute();
  return new Map(rows.map((row) => [row.forum_theme!, { threads: Number(row.n), lastPostedAt: String(row.last) }]));
}

function visibilityOf(row: { deleted_at: string | null; hidden_at: string | null }): Visibility {
  return row.hidden_at ? 'hidden' : row.deleted_at ? 'deleted' : 'visible';
}

/** A page of a thread's posts in order, each body emptied unless the post is visible. */
export async function listPosts(db: Executor, threadId: string, page: { offset: number; limit: number }): Promise<Post[]> {
  const rows = await db.selectFrom('discussion_posts as p').leftJoin('members as m', 'm.id', 'p.author_member_id')
    .select(['p.id', 'p.thread_id', 'p.position', 'p.body', 'p.author_member_id', 'p.author_pseudonym_id', 'p.author_pseudonym_label',
      'm.display_name', 'p.created_at', 'p.edited_at', 'p.deleted_at', 'p.hidden_at', 'p.hidden_reason'])
    .where('p.thread_id', '=', threadId).orderBy('p.position').offset(page.offset).limit(page.limit).execute();
  return rows.map((row) => {
    const visibility = visibilityOf(row);
    return {
      id: row.id, threadId: row.thread_id, position: Number(row.position), body: visibility === 'visible' ? row.body : '',
      author: authorOf(row), createdAt: row.created_at, editedAt: row.edited_at, visibility,
      hiddenReason: visibility === 'hidden' ? row.hidden_reason : null,
    };
  });
}

/** One post as stored, text included whatever its state: for its author's edit form and for the rules. */
export async function findStoredPost(db: Executor, postId: string) {
  const row = await db.selectFrom('discussion_posts')
    .select(['id', 'thread_id', 'position', 'body', 'author_member_id', 'author_pseudonym_id', 'deleted_at', 'hidden_at'])
    .where('id', '=', postId).executeTakeFirst();
  return row && {
    id: row.id, threadId: row.thread_id, position: Number(row.position), body: row.body, authorMemberId: row.author_member_id,
    authorPseudonymId: row.author_pseudonym_id, visibility: visibilityOf(row),
  };
}
export type StoredPost = NonNullable<Awaited<ReturnType<typeof findStoredPost>>>;

export async function updatePostBody(db: Executor, postId: string, body: string, now: string): Promise<void> {
  await db.updateTable('discussion_posts').set({ body, edited_at: now }).where('id', '=', postId).execute();
}

/** Deleted by its author: the words are erased, not kept aside, and the mentions in them with the words. */
export async function erasePost(db: Executor, postId: string, now: string): Promise<void> {
  await db.updateTable('discussion_posts').set({ body: '', deleted_at: now }).where('id', '=', postId).execute();
  await db.deleteFrom('discussion_mentions').where('post_id', '=', postId).execute();
}

export async function updateThreadTitle(db: Executor, threadId: string, title: string): Promise<void> {
  await db.updateTable('discussion_threads').set({ title }).where('id', '=', threadId).execute();
}

/** The words search may hold for a thread: its title and its opening post, when both are visible. */
export async function findThreadForIndex(db: Executor, threadId: string) {
  return db.selectFrom('discussion_threads as t').leftJoin('discussion_posts as p', (join) => join.onRef('p.thread_id', '=', 't.id').on('p.position', '=', 1))
    .select(['t.id', 't.forum_theme', 't.network_id', 't.title', 't.language', 't.last_posted_at', 't.hidden_at', 'p.body', 'p.deleted_at', 'p.hidden_at as post_hidden_at'])
    .where('t.id', '=', threadId).executeTakeFirst();
}
