// What a thread's page and a place's list show: one page at a time, and only what belongs to the place asked
// for (a thread id under another place's address is not found).
import type { Db } from '../../db/database.ts';
import { discussionLimits, placeKey, type Place, type Post, type ThreadSummary } from './discussion.ts';
import { isMine, type Writer } from './author.ts';
import { findStoredPost, findThread, listPosts, listThreads, type StoredPost } from './threads.repository.ts';

const pagesOf = (count: number, perPage: number) => Math.max(1, Math.ceil(count / perPage));

export async function threadIn(db: Db, place: Place, threadId: string): Promise<ThreadSummary | undefined> {
  const thread = await findThread(db, threadId);
  return thread && placeKey(thread.place) === placeKey(place) ? thread : undefined;
}

export async function postIn(db: Db, thread: ThreadSummary, postId: string): Promise<StoredPost | undefined> {
  const post = await findStoredPost(db, postId);
  return post?.threadId === thread.id ? post : undefined;
}

export async function readThreadList(db: Db, place: Place, page: number) {
  const perPage = discussionLimits.threadsPerPage;
  const { threads, total } = await listThreads(db, place, { offset: (page - 1) * perPage, limit: perPage });
  return { threads, page, pages: pagesOf(total, perPage) };
}

/** A page of posts (the last page when `page` is past the end), and which of them the reader wrote. */
export async function readThread(db: Db, thread: ThreadSummary, page: number, writer: Writer | undefined) {
  const perPage = discussionLimits.postsPerPage;
  const pages = pagesOf(thread.postCount, perPage);
  const shown = Math.min(page, pages);
  const posts: Post[] = await listPosts(db, thread.id, { offset: (shown - 1) * perPage, limit: perPage });
  const mine = new Set(writer ? posts.filter((post) => isMine({
    authorMemberId: post.author.kind === 'member' ? post.author.memberId : null,
    authorPseudonymId: post.author.kind === 'pseudonym' ? post.author.pseudonymId : null,
  }, writer)).map((post) => post.id) : []);
  return { posts, page: shown, pages, mine };
}
