// SQL for appeals: one per decision (a unique action_id), decided once by platform staff, the outcome kept with it.
import type { Db, Transaction } from '../../db/database.ts';
import type { ModerationAppealsTable } from './moderation.table.ts';

type Executor = Db | Transaction;

export const appealOutcomes = ['restored', 'upheld'] as const;
export type AppealOutcome = (typeof appealOutcomes)[number];

export interface Appeal {
  id: string;
  actionId: string;
  caseId: string;
  statement: string;
  createdAt: string;
  decidedAt: string | null;
  outcome: AppealOutcome | null;
  decisionNote: string | null;
  decidedByStaffId: string | null;
}

type AppealRow = ModerationAppealsTable;

const toAppeal = (row: AppealRow): Appeal => ({
  id: row.id, actionId: row.action_id, caseId: row.case_id, statement: row.statement, createdAt: row.created_at,
  decidedAt: row.decided_at, outcome: row.outcome as AppealOutcome | null, decisionNote: row.decision_note, decidedByStaffId: row.decided_by_staff_id,
});

/** False when the hiding was already appealed (the unique action_id says so, even for two appeals at once). */
export async function insertAppeal(db: Executor, appeal: { id: string; actionId: string; caseId: string; statement: string }, now: string): Promise<boolean> {
  const result = await db.insertInto('moderation_appeals').values({
    id: appeal.id, action_id: appeal.actionId, case_id: appeal.caseId, statement: appeal.statement, created_at: now,
    decided_at: null, outcome: null, decision_note: null, decided_by_staff_id: null,
  }).onConflict((oc) => oc.column('action_id').doNothing()).executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function findAppeal(db: Executor, id: string): Promise<Appeal | undefined> {
  const row = await db.selectFrom('moderation_appeals').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toAppeal(row);
}

export async function appealsOfActions(db: Executor, actionIds: readonly string[]): Promise<Map<string, Appeal>> {
  if (!actionIds.length) return new Map();
  const rows = await db.selectFrom('moderation_appeals').selectAll().where('action_id', 'in', actionIds).execute();
  return new Map(rows.map((row) => [row.action_id, toAppeal(row)]));
}

export type PendingAppeal = Appeal & { kind: string; itemId: string };

export async function listPendingAppeals(db: Executor, limit: number): Promise<PendingAppeal[]> {
  const rows = await db.selectFrom('moderation_appeals as a').innerJoin('moderation_cases as c', 'c.id', 'a.case_id')
    .selectAll('a').select(['c.kind', 'c.item_id']).where('a.decided_at', 'is', null).orderBy('a.created_at').limit(limit).execute();
  return rows.map((row) => ({ ...toAppeal(row), kind: row.kind, itemId: row.item_id }));
}

/** Records the decision unless another reviewer got there first (then false). */
export async function decideAppealRow(db: Executor, id: string, decision: { outcome: AppealOutcome; note: string; staffId: string }, now: string): Promise<boolean> {
  const result = await db.updateTable('moderation_appeals')
    .set({ decided_at: now, outcome: decision.outcome, decision_note: decision.note, decided_by_staff_id: decision.staffId })
    .where('id', '=', id).where('decided_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
