// SQL for inputs, their countries and their attachments. Content is JSON in a text column on both engines.
import type { Selectable } from 'kysely';
import type { Db, Transaction } from '../../db/database.ts';
import type { StakeholderType } from '../calls/index.ts';
import { emptyContent, type AttachmentInfo, type Consent, type Submission, type SubmissionContent } from './submission.ts';
import type { AttachmentsTable, SubmissionsTable } from './submissions.table.ts';

type Executor = Db | Transaction;

function toContent(json: string): SubmissionContent {
  const stored = JSON.parse(json) as Partial<SubmissionContent>;
  const empty = emptyContent();
  return { ...empty, ...stored, submitter: { ...empty.submitter, ...stored.submitter } };
}

function toSubmission(row: Selectable<SubmissionsTable>, attachments: AttachmentInfo[]): Submission {
  return {
    id: row.id,
    callId: row.call_id,
    questionnaireId: row.questionnaire_id,
    stakeholderType: row.stakeholder_type as StakeholderType,
    status: row.status as Submission['status'],
    reference: row.reference,
    language: row.language,
    consent: row.consent as Consent | null,
    late: Number(row.late) === 1,
    reviewStatus: row.review_status as Submission['reviewStatus'],
    content: toContent(row.content),
    createdOn: row.created_on,
    updatedOn: row.updated_on,
    submittedOn: row.submitted_on,
    attachments,
  };
}

const attachmentInfoColumns = ['id', 'part_ref', 'filename', 'media_type', 'size_bytes'] as const;

function toAttachmentInfo(row: Pick<Selectable<AttachmentsTable>, (typeof attachmentInfoColumns)[number]>): AttachmentInfo {
  return { id: row.id, partRef: row.part_ref, filename: row.filename, mediaType: row.media_type, sizeBytes: Number(row.size_bytes) };
}

export interface NewDraft {
  id: string;
  callId: string;
  questionnaireId: string;
  stakeholderType: StakeholderType;
  accessTokenHash: string;
  language: string | null;
  consent: Consent | null;
  content: SubmissionContent;
  day: string;
}

export async function insertDraft(db: Executor, draft: NewDraft): Promise<void> {
  await db.insertInto('submissions').values({
    id: draft.id, call_id: draft.callId, questionnaire_id: draft.questionnaireId, stakeholder_type: draft.stakeholderType,
    status: 'draft', access_token_hash: draft.accessTokenHash, reference: null, language: draft.language,
    consent: draft.consent, late: 0, review_status: 'new', content: JSON.stringify(draft.content),
    created_on: draft.day, updated_on: draft.day, submitted_on: null,
  }).execute();
}

/** Saves what was typed into a draft; a submitted input is never changed this way. */
export async function updateDraft(
  db: Executor,
  id: string,
  changes: { language: string | null; consent: Consent | null; content: SubmissionContent; day: string },
): Promise<boolean> {
  const result = await db.updateTable('submissions').set({
    language: changes.language, consent: changes.consent, content: JSON.stringify(changes.content), updated_on: changes.day,
  }).where('id', '=', id).where('status', '=', 'draft').executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function findSubmissionByTokenHash(db: Executor, accessTokenHash: string): Promise<Submission | undefined> {
  const row = await db.selectFrom('submissions').selectAll().where('access_token_hash', '=', accessTokenHash).executeTakeFirst();
  return row && toSubmission(row, await listAttachments(db, row.id));
}

export async function listAttachments(db: Executor, submissionId: string): Promise<AttachmentInfo[]> {
  const rows = await db.selectFrom('attachments').select(attachmentInfoColumns)
    .where('submission_id', '=', submissionId).orderBy('created_on').orderBy('filename').orderBy('id').execute();
  return rows.map(toAttachmentInfo);
}

export interface NewAttachment {
  id: string;
  submissionId: string;
  partRef: string | null;
  filename: string;
  mediaType: string;
  sha256: string;
  data: Buffer;
  day: string;
}

export async function insertAttachment(db: Executor, attachment: NewAttachment): Promise<void> {
  await db.insertInto('attachments').values({
    id: attachment.id, submission_id: attachment.submissionId, part_ref: attachment.partRef, filename: attachment.filename,
    media_type: attachment.mediaType, size_bytes: attachment.data.length, sha256: attachment.sha256, data: attachment.data,
    created_on: attachment.day,
  }).execute();
}

export async function deleteAttachments(db: Executor, submissionId: string, ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  await db.deleteFrom('attachments').where('submission_id', '=', submissionId).where('id', 'in', [...ids]).execute();
}

/** One file's bytes, only through the input it belongs to: the token's owner reaches no one else's files. */
export async function findAttachmentFile(
  db: Executor,
  submissionId: string,
  attachmentId: string,
): Promise<{ filename: string; mediaType: string; data: Buffer } | undefined> {
  const row = await db.selectFrom('attachments').select(['filename', 'media_type', 'data'])
    .where('submission_id', '=', submissionId).where('id', '=', attachmentId).executeTakeFirst();
  return row && { filename: row.filename, mediaType: row.media_type, data: Buffer.from(row.data) };
}

/** Turns a draft into a submitted input; false when it was already submitted (a second, concurrent submit). */
export async function markSubmitted(
  trx: Transaction,
  id: string,
  submitted: {
    reference: string; language: string; consent: Consent; late: boolean; content: SubmissionContent; day: string; receiptCodeHash: string;
  },
): Promise<boolean> {
  const result = await trx.updateTable('submissions').set({
    status: 'submitted', reference: submitted.reference, language: submitted.language, consent: submitted.consent,
    late: submitted.late ? 1 : 0, content: JSON.stringify(submitted.content), submitted_on: submitted.day, updated_on: submitted.day,
    receipt_code_hash: submitted.receiptCodeHash,
  }).where('id', '=', id).where('status', '=', 'draft').executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Whether another input already has this receipt code hash (10^16 codes make it rare, not impossible). */
export async function receiptCodeHashTaken(db: Executor, receiptCodeHash: string): Promise<boolean> {
  const row = await db.selectFrom('submissions').select('id').where('receipt_code_hash', '=', receiptCodeHash).executeTakeFirst();
  return row !== undefined;
}

export async function replaceSubmissionCountries(trx: Transaction, submissionId: string, countries: readonly string[]): Promise<void> {
  await trx.deleteFrom('submission_countries').where('submission_id', '=', submissionId).execute();
  const unique = [...new Set(countries)];
  if (unique.length) {
    await trx.insertInto('submission_countries').values(unique.map((code) => ({ submission_id: submissionId, country_code: code }))).execute();
  }
}

export async function listSubmissionCountries(db: Executor, submissionId: string): Promise<string[]> {
  const rows = await db.selectFrom('submission_countries').select('country_code')
    .where('submission_id', '=', submissionId).orderBy('country_code').execute();
  return rows.map((r) => r.country_code);
}
