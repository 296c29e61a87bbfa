// What content features ask before storing a post, thread or initiative: is this author blocked from posting here?
// A network's place answers to that network's blocks and the platform's; anywhere else, the platform's only.
import type { Db, Transaction } from '../../db/database.ts';
import type { Translator } from '../../i18n/translator.ts';
import type { FieldErrors } from '../../views/form.tsx';
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

/** Who is posting as a content feature's use case knows them: the member, and the pseudonym they post under, if any. */
export interface Poster {
  memberId: string;
  authorship: { kind: 'member' } | { kind: 'pseudonym'; pseudonymId: string };
}

/**
 * The form error a content feature shows beside its text field when the poster may not post in this place (a
 * network's id, or null elsewhere); undefined when they may. The member is checked under both names they could post
 * under, so turning at-risk mode on does not escape a block on their name (the check runs in their request; nothing
 * links the two in the database). The reason is a message key and the last day a plain date, so any language reads it.
 */
export async function postingRefusal(db: Db | Transaction, poster: Poster, networkId: string | null, now: Date): Promise<FieldErrors[string] | undefined> {
  const scope: Scope = networkId === null ? 'platform' : { networkId };
  const block = (await isBlockedFromPosting(db, { memberId: poster.memberId }, scope, now))
    ?? (poster.authorship.kind === 'pseudonym' ? await isBlockedFromPosting(db, { pseudonymId: poster.authorship.pseudonymId }, scope, now) : undefined);
  if (!block) return undefined;
  const lastDay = block.endsAt ? new Date(new Date(block.endsAt).getTime() - 1).toISOString().slice(0, 10) : 'none';
  return { key: `moderation.posting-refused.${block.reason}`, values: { until: lastDay } };
}
