// Starting a thread: its title, language and first post stored together, then the people it mentions told.
import type { FieldErrors } from '../../views/form.tsx';
import { newId } from '../../platform/tokens.ts';
import { postingRefusal } from '../moderation/index.ts';
import type { Place } from './discussion.ts';
import { authorIds, type Writer } from './author.ts';
import { findMentions } from './find-mentions.ts';
import { notifyAfterPost, type DiscussionDeps } from './notify-after-post.ts';
import { recordMentions } from './mentions.repository.ts';
import { reindexThread } from './search-sync.ts';
import { readThreadForm, type ThreadForm } from './post-form.ts';
import { appendPost, findThread, insertThread } from './threads.repository.ts';

export type StartThreadOutcome =
  | { kind: 'invalid'; form: ThreadForm; errors: FieldErrors }
  | { kind: 'started'; threadId: string; postId: string; mailFailures: number };

export async function startThread(deps: DiscussionDeps, place: Place, writer: Writer, typed: ThreadForm): Promise<StartThreadOutcome> {
  const { form, errors } = readThreadForm(typed);
  if (Object.keys(errors).length) return { kind: 'invalid', form, errors };
  const refused = await postingRefusal(deps.db, writer, place.kind === 'network' ? place.networkId : null, deps.clock.now());
  if (refused) return { kind: 'invalid', form, errors: { body: refused } };
  const now = deps.clock.now().toISOString();
  const threadId = newId();
  const postId = newId();
  const mentions = await findMentions(deps.db, place, form.body);
  const newlyMentioned = await deps.db.transaction().execute(async (trx) => {
    await insertThread(trx, { id: threadId, place, title: form.title, language: form.language, authorship: writer.authorship }, now);
    await appendPost(trx, { id: postId, threadId, body: form.body, authorship: writer.authorship }, now);
    await reindexThread(trx, threadId);
    return recordMentions(trx, postId, mentions);
  });
  const thread = (await findThread(deps.db, threadId))!;
  const mail = await notifyAfterPost(deps, {
    thread, postId, page: 1, selfId: writer.memberId, author: authorIds(writer.authorship), newlyMentioned, isReply: false,
  });
  return { kind: 'started', threadId, postId, mailFailures: mail.failed };
}
