// Replying: the post takes the thread's next position; the thread's author and the people mentioned are told.
import type { FieldErrors } from '../../views/form.tsx';
import { newId } from '../../platform/tokens.ts';
import { postingRefusal } from '../moderation/index.ts';
import { pageOfPosition, type ThreadSummary } from './discussion.ts';
import { authorIds, type Writer } from './author.ts';
import { findMentions } from './find-mentions.ts';
import { notifyAfterPost, type DiscussionDeps } from './notify-after-post.ts';
import { recordMentions } from './mentions.repository.ts';
import { readPostBody } from './post-form.ts';
import { appendPost } from './threads.repository.ts';

export type ReplyOutcome =
  | { kind: 'invalid'; body: string; errors: FieldErrors }
  | { kind: 'closed' }
  | { kind: 'replied'; postId: string; page: number; mailFailures: number };

export async function replyToThread(deps: DiscussionDeps, thread: ThreadSummary, writer: Writer, typed: string): Promise<ReplyOutcome> {
  // A thread moderators hid takes no more replies until it is restored.
  if (thread.hidden) return { kind: 'closed' };
  const { body, errors } = readPostBody(typed);
  if (Object.keys(errors).length) return { kind: 'invalid', body, errors };
  const refused = await postingRefusal(deps.db, writer, thread.place.kind === 'network' ? thread.place.networkId : null, deps.clock.now());
  if (refused) return { kind: 'invalid', body, errors: { body: refused } };
  const postId = newId();
  const mentions = await findMentions(deps.db, thread.place, body);
  const { position, newlyMentioned } = await deps.db.transaction().execute(async (trx) => {
    const at = await appendPost(trx, { id: postId, threadId: thread.id, body, authorship: writer.authorship }, deps.clock.now().toISOString());
    return { position: at, newlyMentioned: await recordMentions(trx, postId, mentions) };
  });
  const page = pageOfPosition(position);
  const mail = await notifyAfterPost(deps, {
    thread, postId, page, selfId: writer.memberId, author: authorIds(writer.authorship), newlyMentioned, isReply: true,
  });
  return { kind: 'replied', postId, page, mailFailures: mail.failed };
}
