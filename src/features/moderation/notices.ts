// A member's own moderation notices (MODERATION.md "What every decision leaves behind"): what of theirs was hidden,
// why, and whether they may still appeal; posting blocks on them (appealable too); and whether their reports were handled — never by
// whom. Pseudonymous items are recognised by the member's own session, so nothing stored names their account.
import type { Db } from '../../db/database.ts';
import { findNetworks } from '../networks/index.ts';
import { blockDecisions, lastVisibilityAction, listHidings, type HidingOfAuthor } from './actions.repository.ts';
import { appealsOfActions, type Appeal } from './appeals.repository.ts';
import { activeBlocksOnAuthor, type PostingBlock } from './blocks.repository.ts';
import { moderationLimits } from './moderation.ts';
import type { ModerationRegistry } from './registry.ts';
import { listReportsBy, type OwnReport } from './reports.repository.ts';

export type HoldsPseudonym = (context: string, pseudonymId: string) => boolean;

export interface HidingNotice {
  hiding: HidingOfAuthor;
  title: string | null;
  /** This hiding is what keeps the item hidden now (not restored since): it may be appealed. */
  current: boolean;
  appeal: Appeal | undefined;
  /** An item the member answers for without having written it (an organisation's profile): the appeal may be another's. */
  answeredFor: boolean;
}

export interface BlockNotice {
  block: PostingBlock;
  /** The decision that made it, which may be appealed once. */
  actionId: string | undefined;
  appeal: Appeal | undefined;
  networkName: string | null;
}

export interface MemberNotices {
  hidings: HidingNotice[];
  blocks: BlockNotice[];
  reports: (OwnReport & { title: string | null })[];
}

/** Whether the member answers for this author-less item (its kind says who does, e.g. an organisation's administrators). */
export async function answersFor(db: Db, registry: ModerationRegistry, memberId: string, kind: string, itemId: string): Promise<boolean> {
  return (await registry.get(kind)?.itemsAnsweredFor?.(db, memberId))?.includes(itemId) ?? false;
}

/** Hidings of the author-less items the member answers for, across the kinds that have such items. */
async function answeredHidings(db: Db, registry: ModerationRegistry, memberId: string, limit: number): Promise<HidingOfAuthor[]> {
  const lists = await Promise.all([...registry.values()].map(async (lender) => {
    const itemIds = lender.itemsAnsweredFor ? await lender.itemsAnsweredFor(db, memberId) : [];
    return listHidings(db, { kind: lender.kind, itemIds }, limit);
  }));
  return lists.flat();
}

export async function loadNotices(db: Db, registry: ModerationRegistry, memberId: string, holds: HoldsPseudonym, now: Date): Promise<MemberNotices> {
  const limit = moderationLimits.queuePageSize;
  const [named, pseudonymous, answered, namedBlocks, pseudonymBlocks, reports] = await Promise.all([
    listHidings(db, { memberId }, limit), listHidings(db, 'pseudonymous', limit * 10), answeredHidings(db, registry, memberId, limit),
    activeBlocksOnAuthor(db, { memberId }, now.toISOString()), activeBlocksOnAuthor(db, 'pseudonymous', now.toISOString()),
    listReportsBy(db, memberId, limit),
  ]);
  const mine = [...named, ...answered, ...pseudonymous.filter((h) => h.pseudonym && holds(h.pseudonym.context, h.pseudonym.id))];
  const blocks = [...namedBlocks, ...pseudonymBlocks.filter((b) => b.target.kind === 'pseudonym' && holds(b.target.context, b.target.pseudonymId))];
  const blockActions = await blockDecisions(db, blocks.map((b) => b.id));
  const appeals = await appealsOfActions(db, [...mine.map((h) => h.actionId), ...blockActions.values()]);
  const networks = new Map((await findNetworks(db, blocks.flatMap((b) => (b.networkId ? [b.networkId] : [])))).map((n) => [n.id, n.name]));
  const titleOf = async (kind: string, itemId: string) => (await registry.get(kind)?.find(db, itemId))?.title ?? null;
  const hidings = await Promise.all(mine.map(async (hiding) => ({
    hiding, title: await titleOf(hiding.kind, hiding.itemId), answeredFor: answered.includes(hiding),
    current: (await lastVisibilityAction(db, hiding.caseId))?.id === hiding.actionId, appeal: appeals.get(hiding.actionId),
  })));
  const blockNotices = blocks.map((block) => {
    const actionId = blockActions.get(block.id);
    return { block, actionId, appeal: actionId ? appeals.get(actionId) : undefined, networkName: block.networkId ? (networks.get(block.networkId) ?? null) : null };
  });
  return { hidings, blocks: blockNotices, reports: await Promise.all(reports.map(async (r) => ({ ...r, title: await titleOf(r.kind, r.itemId) }))) };
}
