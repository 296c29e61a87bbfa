// SQL for the staff inbox and the reading view. Only SUBMITTED inputs exist here: drafts belong to their authors.
import type { Db, Transaction } from '../../db/database.ts';
import type { StakeholderType } from '../calls/index.ts';
import type { AttachmentInfo, Consent, Submission, SubmissionContent } from '../submissions/index.ts';
import type { DownloadableFile } from '../publications/index.ts';
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

/** Submitter names for the rows on screen only: content is the confidential part, read no more of it than shown. */
export async function findSubmitterNames(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db.selectFrom('submissions').select(['id', 'content']).where('id', 'in', [...ids]).execute();
  return new Map(rows.map((row) => [row.id, (JSON.parse(row.content) as SubmissionContent).submitter.name]));
}

export async function findSubmittedInput(db: Executor, id: string): Promise<Submission | undefined> {
  const row = await db.selectFrom('submissions').selectAll().where('id', '=', id).where('status', '=', 'submitted').executeTakeFirst();
  if (!row) return undefined;
  const attachments = await db
    .selectFrom('attachments')
    .select(['id', 'part_ref', 'filename', 'media_type', 'size_bytes'])
    .where('submission_id', '=', id)
    .orderBy('created_on')
    .orderBy('filename')
    .execute();
  return {
    id: row.id,
    callId: row.call_id,
    questionnaireId: row.questionnaire_id,
    stakeholderType: row.stakeholder_type as StakeholderType,
    status: 'submitted',
    reference: row.reference,
    language: row.language,
    consent: row.consent as Consent | null,
    late: Boolean(row.late),
    reviewStatus: row.review_status as ReviewStatus,
    content: JSON.parse(row.content) as SubmissionContent,
    createdOn: row.created_on,
    updatedOn: row.updated_on,
    submittedOn: row.submitted_on,
    attachments: attachments.map((a): AttachmentInfo => ({
      id: a.id, partRef: a.part_ref, filename: a.filename, mediaType: a.media_type, sizeBytes: Number(a.size_bytes),
    })),
  };
}

export async function findInputAttachment(db: Executor, submissionId: string, attachmentId: string): Promise<DownloadableFile | undefined> {
  const row = await db
    .selectFrom('attachments')
    .innerJoin('submissions', 'submissions.id', 'attachments.submission_id')
    .select(['attachments.filename', 'attachments.media_type', 'attachments.data'])
    .where('attachments.id', '=', attachmentId)
    .where('attachments.submission_id', '=', submissionId)
    .where('submissions.status', '=', 'submitted')
    .executeTakeFirst();
  return row && { filename: row.filename, mediaType: row.media_type, data: Buffer.from(row.data) };
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
