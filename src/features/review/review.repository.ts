// SQL for the staff inbox and the reading view. Only SUBMITTED inputs exist here: drafts belong to their authors.
import type { Db, Transaction } from '../../db/database.ts';
import type { Consent } from '../submissions/index.ts';
import type { InboxEntry, ReviewStatus } from './inbox.ts';

type Executor = Db | Transaction;

/** Every submitted input of a call with what the inbox filters on (no content), newest first. */
export async function listInboxEntries(db: Executor, callId: string): Promise<InboxEntry[]> {
  const rows = await db
    .selectFrom('submissions')
    .leftJoin('publications', 'publications.submission_id', 'submissions.id')
    .select([
      'submissions.id', 'submissions.reference', 'submissions.stakeholder_type', 'submissions.language', 'submissions.consent',
      'submissions.late', 'submissions.review_status', 'submissions.submitted_on', 'publications.submission_id as published_id',
    ])
    .where('submissions.call_id', '=', callId)
    .where('submissions.status', '=', 'submitted')
    .orderBy('submissions.submitted_on', 'desc')
    .orderBy('submissions.reference', 'desc')
    .execute();
  const countryRows = await db
    .selectFrom('submission_countries')
    .innerJoin('submissions', 'submissions.id', 'submission_countries.submission_id')
    .select(['submission_countries.submission_id', 'submission_countries.country_code'])
    .where('submissions.call_id', '=', callId)
    .where('submissions.status', '=', 'submitted')
    .orderBy('submission_countries.country_code')
    .execute();
  const countries = new Map<string, string[]>();
  for (const row of countryRows) countries.set(row.submission_id, [...(countries.get(row.submission_id) ?? []), row.country_code]);
  return rows.map((row) => ({
    id: row.id,
    reference: row.reference ?? '',
    stakeholderType: row.stakeholder_type,
    language: row.language ?? '',
    consent: (row.consent ?? 'do-not-publish') as Consent,
    late: Boolean(row.late),
    reviewStatus: row.review_status as ReviewStatus,
    submittedOn: row.submitted_on ?? '',
    published: row.published_id !== null,
    countries: countries.get(row.id) ?? [],
  }));
}

/** The sealed content of the rows on screen only: content is the confidential part, open no more of it than shown. */
export async function findSealedContents(db: Executor, ids: readonly string[]): Promise<Map<string, Buffer>> {
  if (!ids.length) return new Map();
  const rows = await db.selectFrom('submissions').select(['id', 'sealed_content']).where('id', 'in', [...ids]).execute();
  return new Map(rows.flatMap((row) => (row.sealed_content ? [[row.id, Buffer.from(row.sealed_content)] as const] : [])));
}

/** True when a submitted input was found and updated. */
export async function setReviewStatus(db: Executor, id: string, status: ReviewStatus): Promise<boolean> {
  const result = await db.updateTable('submissions').set({ review_status: status }).where('id', '=', id).where('status', '=', 'submitted').executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export interface CallInputCounts {
  submitted: number;
  new: number;
  reviewed: number;
}

/** Submitted inputs per call, split by review status, in one grouped query. */
export async function countInputsByCall(db: Executor): Promise<Map<string, CallInputCounts>> {
  const rows = await db
    .selectFrom('submissions')
    .select(['call_id', 'review_status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('status', '=', 'submitted')
    .groupBy(['call_id', 'review_status'])
    .execute();
  const counts = new Map<string, CallInputCounts>();
  for (const row of rows) {
    const entry = counts.get(row.call_id) ?? { submitted: 0, new: 0, reviewed: 0 };
    entry.submitted += Number(row.n);
    if (row.review_status === 'reviewed') entry.reviewed += Number(row.n);
    else entry.new += Number(row.n);
    counts.set(row.call_id, entry);
  }
  return counts;
}

/** The submitted input with this reference (references are unique; a list keeps the caller honest about none). */
export async function findInputIdsByReference(db: Executor, reference: string): Promise<string[]> {
  const rows = await db.selectFrom('submissions').select('id').where('reference', '=', reference).where('status', '=', 'submitted').execute();
  return rows.map((r) => r.id);
}
