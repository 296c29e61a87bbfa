// What content features ask before storing a post, thread or initiative: is this author blocked from posting here?
// A network's place answers to that network's blocks and the platform's; anywhere else, the platform's only.
import type { Db, Transaction } from '../../db/database.ts';
import type { Translator } from '../../i18n/translator.ts';
import { activePostingBlocks, type PostingBlock } from './blocks.repository.ts';
import { networkIdOf, type Scope } from './moderation.ts';

export type PostingAuthor = { memberId: string } | { pseudonymId: string };

/** The block that stops this author posting in this place now, or undefined when they may post. */
export async function isBlockedFromPosting(db: Db | Transaction, who: PostingAuthor, scope: Scope, now: Date): Promise<PostingBlock | undefined> {
  const blocks = await activePostingBlocks(db, who, networkIdOf(scope), now.toISOString());
  return blocks[0];
}

/** What to tell a blocked author, in their language: why, until which day, and where to ask for a review. */
export function postingBlockedMessage(i18n: Translator, block: Pick<PostingBlock, 'reason' | 'endsAt'>): string {
  const reason = i18n.t(`moderation.reason.${block.reason}`);
  if (!block.endsAt) return i18n.t('moderation.posting-blocked', { reason });
  // ends_at is the start of the day after the last one named.
  const lastDay = new Date(new Date(block.endsAt).getTime() - 1);
  return i18n.t('moderation.posting-blocked-until', { reason, until: i18n.formatDate(lastDay, { dateStyle: 'long', timeZone: 'UTC' }) });
}
