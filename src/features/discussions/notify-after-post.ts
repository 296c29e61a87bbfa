// After a post is stored: an email to each newly mentioned member who asked for mention emails, and one to the
// thread's author (when they asked for reply emails, and are not mentioned already: one email per post). A
// network's thread only ever mails people still in the network, and nobody hears from a person they blocked
// (matched as the post is signed, so a block on a name never reveals who writes under a pseudonym), nor reads the
// title of a thread such a person started. Mail failures never undo the post.
import type { AppDeps } from '../../deps.ts';
import { blockedBy, isBlockedAuthor } from '../moderation/index.ts';
import { authorIds } from './author.ts';
import { threadPath, type ThreadSummary } from './discussion.ts';
import { postMail } from './discussion-mail.ts';
import { isNetworkMember } from './network-access.ts';
import { recipientsWanting, type Recipient } from './notifications.repository.ts';

export type DiscussionDeps = Pick<AppDeps, 'db' | 'mailer' | 'config' | 'clock'>;

export interface PostNotice {
  thread: ThreadSummary;
  postId: string;
  page: number;
  /** The writer's account (named or pseudonymous), so nobody is mailed about their own words. */
  selfId: string;
  /** The post's author as it is signed (member or pseudonym id), for the recipients' blocks. */
  author: { memberId: string | null; pseudonymId: string | null };
  newlyMentioned: readonly string[];
  isReply: boolean;
}

export async function notifyAfterPost(deps: DiscussionDeps, notice: PostNotice): Promise<{ sent: number; failed: number }> {
  const { db, config } = deps;
  const { thread, selfId } = notice;
  const mayHear = async (recipients: Recipient[]) => {
    const kept: (Recipient & { threadStartedByBlocked: boolean })[] = [];
    for (const recipient of recipients) {
      if (thread.place.kind === 'network' && !await isNetworkMember(db, thread.place.networkId, recipient.memberId)) continue;
      const blocked = await blockedBy(db, recipient.memberId);
      if (!isBlockedAuthor(blocked, notice.author)) kept.push({ ...recipient, threadStartedByBlocked: isBlockedAuthor(blocked, authorIds(thread.author)) });
    }
    return kept;
  };
  const mentioned = await mayHear(await recipientsWanting(db, notice.newlyMentioned.filter((id) => id !== selfId), 'mention'));
  const author = thread.author.kind === 'member' ? thread.author.memberId : null;
  const replied = notice.isReply && author && author !== selfId && !mentioned.some((r) => r.memberId === author)
    ? await mayHear(await recipientsWanting(db, [author], 'reply')) : [];

  const link = `${config.baseUrl}${threadPath(thread.place, thread.id)}?page=${notice.page}#post-${notice.postId}`;
  const mailTo = (kind: 'mention' | 'reply') => (recipient: (typeof mentioned)[number]) =>
    postMail(config, recipient, kind, { title: thread.title, startedByBlocked: recipient.threadStartedByBlocked }, link);
  const mails = [...mentioned.map(mailTo('mention')), ...replied.map(mailTo('reply'))];
  let failed = 0;
  for (const mail of mails) {
    try {
      await deps.mailer.send(mail);
    } catch {
      failed += 1;
    }
  }
  return { sent: mails.length - failed, failed };
}
