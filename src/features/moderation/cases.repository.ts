// SQL for cases and the reports grouped in them. Reports are counted per reporter: one person reporting twice is
// one report, and many people are many reports in one queue entry — a warning sign, never an automatic decision.
import type { Db, Transaction } from '../../db/database.ts';
import type { ModerationCasesTable } from './moderation.table.ts';
import { networkIdOf, scopeOf, type AuthorRef, type ModerationCase } from './moderation.ts';

type Executor = Db | Transaction;

type CaseRow = ModerationCasesTable;

function authorOf(row: CaseRow): AuthorRef | null {
  if (row.author_pseudonym_id) {
    return { kind: 'pseudonym', pseudonymId: row.author_pseudonym_id, label: row.author_pseudonym_label ?? '', context: row.author_context ?? '' };
  }
  return row.author_member_id ? { kind: 'member', memberId: row.author_member_id } : null;
}

export function toCase(row: CaseRow): ModerationCase {
  return {
    id: row.id, kind: row.kind, itemId: row.item_id, scope: scopeOf(row.network_id), author: authorOf(row),
    organisationId: row.organisation_id, openedAt: row.opened_at,
  };
}

export type NewCase = Omit<ModerationCase, 'openedAt'>;

/** The item's case, made at its first report; two first reports at once meet on the unique (kind, item). */
export async function ensureCase(trx: Transaction, item: NewCase, now: string): Promise<ModerationCase> {
  const author = item.author;
  await trx.insertInto('moderation_cases').values({
    id: item.id, kind: item.kind, item_id: item.itemId, network_id: networkIdOf(item.scope),
    author_member_id: author?.kind === 'member' ? author.memberId : null,
    author_pseudonym_id: author?.kind === 'pseudonym' ? author.pseudonymId : null,
    author_pseudonym_label: author?.kind === 'pseudonym' ? author.label : null,
    author_context: author?.kind === 'pseudonym' ? author.context : null,
    organisation_id: item.organisationId, opened_at: now,
  }).onConflict((oc) => oc.columns(['kind', 'item_id']).doNothing()).execute();
  return (await findCaseByItem(trx, item.kind, item.itemId))!;
}

export async function findCase(db: Executor, id: string): Promise<ModerationCase | undefined> {
  const row = await db.selectFrom('moderation_cases').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toCase(row);
}

export async function findCaseByItem(db: Executor, kind: string, itemId: string): Promise<ModerationCase | undefined> {
  const row = await db.selectFrom('moderation_cases').selectAll().where('kind', '=', kind).where('item_id', '=', itemId).executeTakeFirst();
  return row && toCase(row);
}

export async function findPendingReport(db: Executor, caseId: string, reporterId: string): Promise<{ id: string } | undefined> {
  return db.selectFrom('moderation_reports').select('id').where('case_id', '=', caseId)
    .where('reporter_member_id', '=', reporterId).where('handled_at', 'is', null).executeTakeFirst();
}

export async function insertReport(db: Executor, report: { id: string; caseId: string; reporterId: string; reason: string; note: string | null }, now: string): Promise<void> {
  await db.insertInto('moderation_reports').values({
    id: report.id, case_id: report.caseId, reporter_member_id: report.reporterId, reason: report.reason, note: report.note, created_at: now, handled_at: null,
  }).execute();
}

export async function updateReport(db: Executor, id: string, report: { reason: string; note: string | null }, now: string): Promise<void> {
  await db.updateTable('moderation_reports').set({ reason: report.reason, note: report.note, created_at: now }).where('id', '=', id).execute();
}

/** Marks every pending report of the case handled: a decision answers all of them at once. */
export async function handlePendingReports(db: Executor, caseId: string, now: string): Promise<number> {
  const result = await db.updateTable('moderation_reports').set({ handled_at: now }).where('case_id', '=', caseId).where('handled_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export interface OpenCase extends ModerationCase {
  pendingReports: number;
  lastReportedAt: string;
}

/** Cases with pending reports, most reported last first; `networkIds` narrows to those networks' cases. */
export async function listOpenCases(db: Executor, networkIds: readonly string[] | 'all', limit: number): Promise<OpenCase[]> {
  if (networkIds !== 'all' && networkIds.length === 0) return [];
  let query = db.selectFrom('moderation_cases as c').innerJoin('moderation_reports as r', 'r.case_id', 'c.id')
    .where('r.handled_at', 'is', null)
    .select((eb) => [
      'c.id', 'c.kind', 'c.item_id', 'c.network_id', 'c.author_member_id', 'c.author_pseudonym_id', 'c.author_pseudonym_label',
      'c.author_context', 'c.organisation_id', 'c.opened_at', eb.fn.count<number>('r.id').as('pending'), eb.fn.max('r.created_at').as('last_reported_at'),
    ])
    .groupBy(['c.id', 'c.kind', 'c.item_id', 'c.network_id', 'c.author_member_id', 'c.author_pseudonym_id', 'c.author_pseudonym_label',
      'c.author_context', 'c.organisation_id', 'c.opened_at']);
  if (networkIds !== 'all') query = query.where('c.network_id', 'in', networkIds);
  const rows = await query.orderBy('last_reported_at', 'desc').limit(limit).execute();
  return rows.map((row) => ({ ...toCase(row), pendingReports: Number(row.pending), lastReportedAt: String(row.last_reported_at) }));
}

/** The networks that have cases with pending reports (to ask which of them a coordinator coordinates). */
export async function networksWithOpenCases(db: Executor): Promise<string[]> {
  const rows = await db.selectFrom('moderation_cases as c').innerJoin('moderation_reports as r', 'r.case_id', 'c.id')
    .where('r.handled_at', 'is', null).where('c.network_id', 'is not', null).select('c.network_id').distinct().execute();
  return rows.map((row) => row.network_id!);
}
