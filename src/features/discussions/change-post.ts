// An author changing their own post: editing it (marked "edited"; the first post also carries the thread's
// title) or deleting it (the words erased, the place kept as "deleted by its author"). Only visible posts change:
// a post moderators hid waits for their decision.
import type { FieldErrors } from '../../views/form.tsx';
import { pageOfPosition, type ThreadSummary } from './discussion.ts';
import { canChange } from './discussion.policy.ts';
import { isMine, type Writer } from './author.ts';
import { findMentions } from './find-mentions.ts';
import { notifyAfterPost, type DiscussionDeps } from './notify-after-post.ts';
import { recordMentions } from './mentions.repository.ts';
import { checkBody, checkTitle } from './post-form.ts';
import { reindexThread } from './search-sync.ts';
import { erasePost, updatePostBody, updateThreadTitle, type StoredPost } from './threads.repository.ts';

export type EditOutcome =
  | { kind: 'not-allowed' }
  | { kind: 'invalid'; title: string; body: string; errors: FieldErrors }
  | { kind: 'edited'; page: number };

export async function editPost(
  deps: DiscussionDeps, thread: ThreadSummary, post: StoredPost, writer: Writer, typed: { title: string; body: string },
): Promise<EditOutcome> {
  if (!canChange(post, isMine(post, writer))) return { kind: 'not-allowed' };
  const opening = post.position === 1;
  const body = typed.body.replace(/\r\n?/g, '\n');
  const title = typed.title.replace(/\s+/g, ' ').trim();
  const errors = checkBody(body, opening ? checkTitle(title) : {});
  if (Object.keys(errors).length) return { kind: 'invalid', title, body, errors };
  const mentions = await findMentions(deps.db, thread.place, body);
  const newlyMentioned = await deps.db.transaction().execute(async (trx) => {
    await updatePostBody(trx, post.id, body, deps.clock.now().toISOString());
    if (opening) {
      await updateThreadTitle(trx, thread.id, title);
      await reindexThread(trx, thread.id);
    }
    return recordMentions(trx, post.id, mentions);
  });
  const page = pageOfPosition(post.position);
  await notifyAfterPost(deps, {
    thread: opening ? { ...thread, title } : thread, postId: post.id, page, selfId: writer.memberId,
    author: { memberId: post.authorMemberId, pseudonymId: post.authorPseudonymId }, newlyMentioned, isReply: false,
  });
  return { kind: 'edited', page };
}

export async function deletePost(deps: DiscussionDeps, post: StoredPost, writer: Writer): Promise<{ kind: 'not-allowed' } | { kind: 'deleted'; page: number }> {
  if (!canChange(post, isMine(post, writer))) return { kind: 'not-allowed' };
  await deps.db.transaction().execute(async (trx) => {
    await erasePost(trx, post.id, deps.clock.now().toISOString());
    if (post.position === 1) await reindexThread(trx, post.threadId);
  });
  return { kind: 'deleted', page: pageOfPosition(post.position) };
}
