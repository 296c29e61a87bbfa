// SQL for blocks. A member's block is theirs alone (nobody else reads these rows for them); a posting block is a
// moderator's decision in a place, active until it ends or is lifted.
import type { Db, Transaction } from '../../db/database.ts';
import type { AuthorRef } from './moderation.ts';

type Executor = Db | Transaction;

export type BlockTarget = { kind: 'member'; memberId: string } | { kind: 'pseudonym'; pseudonymId: string; label: string };

export async function insertMemberBlock(db: Executor, block: { id: string; blockerId: string; target: BlockTarget }, now: string): Promise<void> {
  const { target } = block;
  const conflict = target.kind === 'member' ? ['blocker_member_id', 'blocked_member_id'] as const : ['blocker_member_id', 'blocked_pseudonym_id'] as const;
  await db.insertInto('member_blocks').values({
    id: block.id, blocker_member_id: block.blockerId, created_at: now,
    blocked_member_id: target.kind === 'member' ? target.memberId : null,
    blocked_pseudonym_id: target.kind === 'pseudonym' ? target.pseudonymId : null,
    blocked_pseudonym_label: target.kind === 'pseudonym' ? target.label : null,
  }).onConflict((oc) => oc.columns([...conflict]).doNothing()).execute();
}

export async function deleteMemberBlock(db: Executor, blockerId: string, blockId: string): Promise<boolean> {
  const result = await db.deleteFrom('member_blocks').where('id', '=', blockId).where('blocker_member_id', '=', blockerId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export interface MemberBlock {
  id: string;
  /** The blocked member's display name, or the pseudonym's label. */
  name: string;
  createdAt: string;
  memberId: string | null;
  pseudonymId: string | null;
}

export async function listMemberBlocks(db: Executor, blockerId: string): Promise<MemberBlock[]> {
  const rows = await db.selectFrom('member_blocks as b').leftJoin('members as m', 'm.id', 'b.blocked_member_id')
    .select(['b.id', 'b.blocked_member_id', 'b.blocked_pseudonym_id', 'b.blocked_pseudonym_label', 'm.display_name', 'b.created_at'])
    .where('b.blocker_member_id', '=', blockerId).orderBy('b.created_at', 'desc').execute();
  return rows.map((row) => ({
    id: row.id, name: row.display_name ?? row.blocked_pseudonym_label ?? '', createdAt: row.created_at,
    memberId: row.blocked_member_id, pseudonymId: row.blocked_pseudonym_id,
  }));
}

export interface NewPostingBlock {
  id: string;
  caseId: string | null;
  networkId: string | null;
  target: AuthorRef;
  reason: string;
  note: string | null;
  endsAt: string | null;
}

export async function insertPostingBlock(db: Executor, block: NewPostingBlock, now: string): Promise<void> {
  const { target } = block;
  await db.insertInto('posting_blocks').values({
    id: block.id, case_id: block.caseId, network_id: block.networkId,
    member_id: target.kind === 'member' ? target.memberId : null,
    pseudonym_id: target.kind === 'pseudonym' ? target.pseudonymId : null,
    pseudonym_label: target.kind === 'pseudonym' ? target.label : null,
    pseudonym_context: target.kind === 'pseudonym' ? target.context : null,
    reason: block.reason, note: block.note, ends_at: block.endsAt, created_at: now, lifted_at: null,
  }).execute();
}

export async function liftPostingBlockRow(db: Executor, id: string, now: string): Promise<boolean> {
  const result = await db.updateTable('posting_blocks').set({ lifted_at: now }).where('id', '=', id).where('lifted_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export interface PostingBlock extends NewPostingBlock {
  createdAt: string;
}

type PostingBlockRow = Awaited<ReturnType<ReturnType<typeof blockQuery>['executeTakeFirstOrThrow']>>;

function blockQuery(db: Executor, now: string) {
  return db.selectFrom('posting_blocks').selectAll().where('lifted_at', 'is', null)
    .where((eb) => eb.or([eb('ends_at', 'is', null), eb('ends_at', '>', now)]));
}

const toPostingBlock = (row: PostingBlockRow): PostingBlock => ({
  id: row.id, caseId: row.case_id, networkId: row.network_id, reason: row.reason, note: row.note, endsAt: row.ends_at, createdAt: row.created_at,
  target: row.member_id ? { kind: 'member', memberId: row.member_id }
    : { kind: 'pseudonym', pseudonymId: row.pseudonym_id ?? '', label: row.pseudonym_label ?? '', context: row.pseudonym_context ?? '' },
});

/** Active blocks on this member or pseudonym that apply in a network (its own and the platform's), or platform-wide only. */
export async function activePostingBlocks(
  db: Executor, who: { memberId: string } | { pseudonymId: string }, networkId: string | null, now: string,
): Promise<PostingBlock[]> {
  let query = blockQuery(db, now);
  query = 'memberId' in who ? query.where('member_id', '=', who.memberId) : query.where('pseudonym_id', '=', who.pseudonymId);
  query = networkId === null ? query.where('network_id', 'is', null)
    : query.where((eb) => eb.or([eb('network_id', 'is', null), eb('network_id', '=', networkId)]));
  return (await query.orderBy('created_at').execute()).map(toPostingBlock);
}

/** Active blocks made from a case, for its page. */
export async function activeBlocksOfCase(db: Executor, caseId: string, now: string): Promise<PostingBlock[]> {
  return (await blockQuery(db, now).where('case_id', '=', caseId).orderBy('created_at').execute()).map(toPostingBlock);
}

export async function findPostingBlock(db: Executor, id: string): Promise<PostingBlock | undefined> {
  const row = await db.selectFrom('posting_blocks').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toPostingBlock(row);
}

/** Every active block on a member, or on any pseudonym (the holder's session picks out its own). */
export async function activeBlocksOnAuthor(db: Executor, who: { memberId: string } | 'pseudonymous', now: string): Promise<PostingBlock[]> {
  const query = blockQuery(db, now);
  const rows = await (who === 'pseudonymous' ? query.where('pseudonym_id', 'is not', null) : query.where('member_id', '=', who.memberId)).execute();
  return rows.map(toPostingBlock);
}
