// What a thread's page and a place's list show: one page at a time, and only what belongs to the place asked
// for (a thread id under another place's address is not found). A signed-in reader's blocks (MODERATION.md
// "Blocking") leave out the threads blocked people started (from lists and the forums index's counts) and keep
// their posts' places without their words.
import type { Db } from '../../db/database.ts';
import { blockedBy, isBlockedAuthor, type BlockedAuthors } from '../moderation/index.ts';
import { discussionLimits, placeKey, type Place, type Post, type ThreadSummary } from './discussion.ts';
import { authorIds, isMine, type Writer } from './author.ts';
import { findStoredPost, findThread, forumActivity, listPosts, listThreads, type StoredPost } from './threads.repository.ts';

const pagesOf = (count: number, perPage: number) => Math.max(1, Math.ceil(count / perPage));

const nobody: BlockedAuthors = { memberIds: new Set(), pseudonymIds: new Set() };

/** Whom a reader has blocked: nobody for a reader without an account. */
export function blocksOf(db: Db, memberId: string | undefined): Promise<BlockedAuthors> {
  return memberId ? blockedBy(db, memberId) : Promise.resolve(nobody);
}

export async function threadIn(db: Db, place: Place, threadId: string): Promise<ThreadSummary | undefined> {
  const thread = await findThread(db, threadId);
  return thread && placeKey(thread.place) === placeKey(place) ? thread : undefined;
}

export async function postIn(db: Db, thread: ThreadSummary, postId: string): Promise<StoredPost | undefined> {
  const post = await findStoredPost(db, postId);
  return post?.threadId === thread.id ? post : undefined;
}

/** The forums index's activity per theme, as this reader's lists will show it (without threads blocked people started). */
export async function readForumActivity(db: Db, readerId: string | undefined) {
  return forumActivity(db, await blocksOf(db, readerId));
}

export async function readThreadList(db: Db, place: Place, page: number, readerId: string | undefined) {
  const perPage = discussionLimits.threadsPerPage;
  const blocked = await blocksOf(db, readerId);
  const { threads, total } = await listThreads(db, place, { offset: (page - 1) * perPage, limit: perPage }, blocked);
  return { threads, page, pages: pagesOf(total, perPage) };
}

/**
 * A page of posts (the last page when `page` is past the end), which of them the reader wrote, which are by people
 * the reader blocked (their words emptied here, so no view can show them), and whether a blocked person started it.
 */
export async function readThread(db: Db, thread: ThreadSummary, page: number, writer: Writer | undefined) {
  const perPage = discussionLimits.postsPerPage;
  const pages = pagesOf(thread.postCount, perPage);
  const shown = Math.min(page, pages);
  const blocked = await blocksOf(db, writer?.memberId);
  const listed: Post[] = await listPosts(db, thread.id, { offset: (shown - 1) * perPage, limit: perPage });
  const byBlocked = new Set(listed.filter((post) => isBlockedAuthor(blocked, authorIds(post.author))).map((post) => post.id));
  const posts = listed.map((post) => (byBlocked.has(post.id) ? { ...post, body: '' } : post));
  const mine = new Set(writer ? posts.filter((post) => {
    const { memberId, pseudonymId } = authorIds(post.author);
    return isMine({ authorMemberId: memberId, authorPseudonymId: pseudonymId }, writer);
  }).map((post) => post.id) : []);
  return { posts, page: shown, pages, mine, byBlocked, startedByBlocked: isBlockedAuthor(blocked, authorIds(thread.author)) };
}
