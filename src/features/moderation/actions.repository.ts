// SQL for the record of decisions. Each row says who decided (a coordinator's member id or a staff id), what, why,
// and when; nothing is ever updated or deleted, so the history of a case is its rows in order.
import type { Db, Transaction } from '../../db/database.ts';
import type { ModerationAction, Moderator } from './moderation.ts';

type Executor = Db | Transaction;

export interface NewAction {
  id: string;
  caseId: string;
  action: ModerationAction;
  reason: string | null;
  note: string | null;
  postingBlockId?: string | null;
  moderator: Moderator;
}

export async function insertAction(db: Executor, action: NewAction, now: string): Promise<void> {
  await db.insertInto('moderation_actions').values({
    id: action.id, case_id: action.caseId, action: action.action, reason: action.reason, note: action.note,
    posting_block_id: action.postingBlockId ?? null,
    moderator_member_id: action.moderator.kind === 'coordinator' ? action.moderator.memberId : null,
    moderator_staff_id: action.moderator.kind === 'staff' ? action.moderator.staffId : null, at: now,
  }).execute();
}

export interface RecordedAction {
  id: string;
  caseId: string;
  action: ModerationAction;
  reason: string | null;
  note: string | null;
  postingBlockId: string | null;
  moderatorMemberId: string | null;
  moderatorStaffId: string | null;
  /** The moderator's name, for other moderators' eyes only. */
  moderatorName: string | null;
  at: string;
}

function actionQuery(db: Executor) {
  return db.selectFrom('moderation_actions as a')
    .leftJoin('members as m', 'm.id', 'a.moderator_member_id')
    .leftJoin('staff_users as s', 's.id', 'a.moderator_staff_id')
    .select(['a.id', 'a.case_id', 'a.action', 'a.reason', 'a.note', 'a.posting_block_id', 'a.moderator_member_id', 'a.moderator_staff_id', 'a.at',
      'm.display_name as member_name', 's.display_name as staff_name']);
}

type ActionRow = Awaited<ReturnType<ReturnType<typeof actionQuery>['executeTakeFirstOrThrow']>>;

const toAction = (row: ActionRow): RecordedAction => ({
  id: row.id, caseId: row.case_id, action: row.action as ModerationAction, reason: row.reason, note: row.note, postingBlockId: row.posting_block_id,
  moderatorMemberId: row.moderator_member_id, moderatorStaffId: row.moderator_staff_id,
  moderatorName: row.member_name ?? row.staff_name ?? null, at: row.at,
});

export async function listActions(db: Executor, caseId: string): Promise<RecordedAction[]> {
  const rows = await actionQuery(db).where('a.case_id', '=', caseId).orderBy('a.at').orderBy('a.id').execute();
  return rows.map(toAction);
}

export async function findAction(db: Executor, id: string): Promise<RecordedAction | undefined> {
  const row = await actionQuery(db).where('a.id', '=', id).executeTakeFirst();
  return row && toAction(row);
}

/** The last hide or restore on a case: whether moderation last left the item hidden, and by whom. */
export async function lastVisibilityAction(db: Executor, caseId: string): Promise<RecordedAction | undefined> {
  const row = await actionQuery(db).where('a.case_id', '=', caseId).where('a.action', 'in', ['hide', 'restore'])
    .orderBy('a.at', 'desc').orderBy('a.id', 'desc').executeTakeFirst();
  return row && toAction(row);
}

export interface HidingOfAuthor {
  actionId: string;
  caseId: string;
  kind: string;
  itemId: string;
  reason: string | null;
  at: string;
  pseudonym: { id: string; context: string } | null;
}

/**
 * Hidings of items written by this member, or (memberId null) of every pseudonymous item: only the holder's own
 * session can tell which pseudonyms are theirs, so the caller keeps those its session recognises. `items`: hidings
 * of these author-less items of one kind (those a member answers for, as an organisation's administrator).
 */
export async function listHidings(db: Executor, author: { memberId: string } | 'pseudonymous' | { kind: string; itemIds: readonly string[] }, limit: number): Promise<HidingOfAuthor[]> {
  let query = db.selectFrom('moderation_actions as a').innerJoin('moderation_cases as c', 'c.id', 'a.case_id')
    .select(['a.id', 'a.case_id', 'c.kind', 'c.item_id', 'a.reason', 'a.at', 'c.author_pseudonym_id', 'c.author_context'])
    .where('a.action', '=', 'hide');
  if (author !== 'pseudonymous' && 'kind' in author) {
    if (author.itemIds.length === 0) return [];
    query = query.where('c.kind', '=', author.kind).where('c.item_id', 'in', [...author.itemIds])
      .where('c.author_member_id', 'is', null).where('c.author_pseudonym_id', 'is', null);
  } else query = author === 'pseudonymous' ? query.where('c.author_pseudonym_id', 'is not', null) : query.where('c.author_member_id', '=', author.memberId);
  const rows = await query.orderBy('a.at', 'desc').limit(limit).execute();
  return rows.map((row) => ({
    actionId: row.id, caseId: row.case_id, kind: row.kind, itemId: row.item_id, reason: row.reason, at: row.at,
    pseudonym: row.author_pseudonym_id ? { id: row.author_pseudonym_id, context: row.author_context ?? '' } : null,
  }));
}

/** The decision that made each block, so a blocked author can appeal it. */
export async function blockDecisions(db: Executor, blockIds: readonly string[]): Promise<Map<string, string>> {
  if (!blockIds.length) return new Map();
  const rows = await db.selectFrom('moderation_actions').select(['id', 'posting_block_id']).where('action', '=', 'block')
    .where('posting_block_id', 'in', blockIds).execute();
  return new Map(rows.map((row) => [row.posting_block_id!, row.id]));
}
