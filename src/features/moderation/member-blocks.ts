// A member blocks a person (MODERATION.md "Blocking"): privately, they stop seeing that person's posts, and the person
// can no longer mention or notify them. The block is made from something the person wrote, or from a person report
// page, so the member never needs anyone's id; a pseudonym is blocked as itself.
import type { Db, Transaction } from '../../db/database.ts';
import { newId } from '../../platform/tokens.ts';
import { deleteMemberBlock, insertMemberBlock, listMemberBlocks, type BlockTarget } from './blocks.repository.ts';
import type { ModerationRegistry } from './registry.ts';
import { reportableItem } from './report-item.ts';

export type BlockOutcome = { kind: 'not-found' } | { kind: 'self' } | { kind: 'blocked' };

export async function blockAuthorOf(db: Db, registry: ModerationRegistry, blockerId: string, kind: string, itemId: string, now: Date): Promise<BlockOutcome> {
  const author = (await reportableItem(db, registry, kind, itemId, blockerId))?.author;
  if (!author) return { kind: 'not-found' };
  if (author.kind === 'member' && author.memberId === blockerId) return { kind: 'self' };
  const target: BlockTarget = author.kind === 'member' ? author : { kind: 'pseudonym', pseudonymId: author.pseudonymId, label: author.label };
  await insertMemberBlock(db, { id: newId(), blockerId, target }, now.toISOString());
  return { kind: 'blocked' };
}

export function unblock(db: Db, blockerId: string, blockId: string): Promise<boolean> {
  return deleteMemberBlock(db, blockerId, blockId);
}

export interface BlockedAuthors {
  memberIds: ReadonlySet<string>;
  pseudonymIds: ReadonlySet<string>;
}

/** Whom this member has blocked, for content features to leave their posts out of what the member reads. */
export async function blockedBy(db: Db | Transaction, memberId: string): Promise<BlockedAuthors> {
  const blocks = await listMemberBlocks(db, memberId);
  return {
    memberIds: new Set(blocks.flatMap((b) => (b.memberId ? [b.memberId] : []))),
    pseudonymIds: new Set(blocks.flatMap((b) => (b.pseudonymId ? [b.pseudonymId] : []))),
  };
}

/** Whether an author (as content stores them) is among those blocked. */
export function isBlockedAuthor(blocked: BlockedAuthors, author: { memberId?: string | null; pseudonymId?: string | null }): boolean {
  return (!!author.memberId && blocked.memberIds.has(author.memberId)) || (!!author.pseudonymId && blocked.pseudonymIds.has(author.pseudonymId));
}
