// SQL for reading reports: a case's reports for its moderators (who reported is theirs to see, nobody else's) and
// a reporter's own reports, which tell them only whether each was handled.
import type { Db, Transaction } from '../../db/database.ts';

type Executor = Db | Transaction;

export interface CaseReport {
  id: string;
  reason: string;
  note: string | null;
  reporterName: string | null;
  createdAt: string;
  handledAt: string | null;
}

export async function listCaseReports(db: Executor, caseId: string): Promise<CaseReport[]> {
  const rows = await db.selectFrom('moderation_reports as r').leftJoin('members as m', 'm.id', 'r.reporter_member_id')
    .select(['r.id', 'r.reason', 'r.note', 'm.display_name', 'r.created_at', 'r.handled_at'])
    .where('r.case_id', '=', caseId).orderBy('r.created_at', 'desc').orderBy('r.id').execute();
  return rows.map((row) => ({
    id: row.id, reason: row.reason, note: row.note, reporterName: row.display_name, createdAt: row.created_at, handledAt: row.handled_at,
  }));
}

/** How many pending reports give each reason, for the queue (a sign of coordinated reporting when one spikes). */
export async function pendingReasonCounts(db: Executor, caseIds: readonly string[]): Promise<Map<string, Map<string, number>>> {
  const counts = new Map<string, Map<string, number>>();
  if (!caseIds.length) return counts;
  const rows = await db.selectFrom('moderation_reports').select((eb) => ['case_id', 'reason', eb.fn.count<number>('id').as('n')])
    .where('case_id', 'in', caseIds).where('handled_at', 'is', null).groupBy(['case_id', 'reason']).execute();
  for (const row of rows) {
    const byReason = counts.get(row.case_id) ?? new Map<string, number>();
    byReason.set(row.reason, Number(row.n));
    counts.set(row.case_id, byReason);
  }
  return counts;
}

export interface OwnReport {
  id: string;
  caseId: string;
  kind: string;
  itemId: string;
  reason: string;
  createdAt: string;
  handledAt: string | null;
}

export async function listReportsBy(db: Executor, memberId: string, limit: number): Promise<OwnReport[]> {
  const rows = await db.selectFrom('moderation_reports as r').innerJoin('moderation_cases as c', 'c.id', 'r.case_id')
    .select(['r.id', 'r.case_id', 'c.kind', 'c.item_id', 'r.reason', 'r.created_at', 'r.handled_at'])
    .where('r.reporter_member_id', '=', memberId).orderBy('r.created_at', 'desc').limit(limit).execute();
  return rows.map((row) => ({
    id: row.id, caseId: row.case_id, kind: row.kind, itemId: row.item_id, reason: row.reason, createdAt: row.created_at, handledAt: row.handled_at,
  }));
}
