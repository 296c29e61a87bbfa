// SQL for inputs, their countries, their attachments and their key boxes. Confidential columns hold ciphertext made
// by the input's cipher (input-cipher.ts); this file stores and returns them as they are.
import type { Selectable } from 'kysely';
import type { Db, Transaction } from '../../db/database.ts';
import type { StakeholderType } from '../calls/index.ts';
import { hashToken, newToken } from '../../platform/tokens.ts';
import type { KeyBox } from './input-keys.ts';
import type { Consent, Submission } from './submission.ts';
import type { AttachmentsTable, SubmissionsTable } from './submissions.table.ts';

type Executor = Db | Transaction;

/** An attachment as stored: its name still sealed. */
export interface StoredAttachment {
  id: string;
  partRef: string | null;
  sealedName: Buffer;
  mediaType: string;
  sizeBytes: number;
  createdOn: string;
}

/** An input as stored: metadata in clear, content and file names sealed, and its secret-wrapped key boxes. */
export interface StoredInput extends Omit<Submission, 'content' | 'attachments'> {
  sealedContent: Buffer;
  draftKeyBox: Buffer | null;
  receiptKeyBox: Buffer | null;
  attachments: StoredAttachment[];
}

function toStoredInput(row: Selectable<SubmissionsTable>, attachments: StoredAttachment[]): StoredInput {
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
    channel: row.channel === 'email' ? 'email' : 'form',
    sealedContent: Buffer.from(row.sealed_content ?? Buffer.alloc(0)),
    draftKeyBox: row.draft_key_box ? Buffer.from(row.draft_key_box) : null,
    receiptKeyBox: row.receipt_key_box ? Buffer.from(row.receipt_key_box) : null,
    createdOn: row.created_on,
    updatedOn: row.updated_on,
    submittedOn: row.submitted_on,
    attachments,
  };
}

const attachmentInfoColumns = ['id', 'part_ref', 'sealed_name', 'media_type', 'size_bytes', 'created_on'] as const;

function toStoredAttachment(row: Pick<Selectable<AttachmentsTable>, (typeof attachmentInfoColumns)[number]>): StoredAttachment {
  return {
    id: row.id, partRef: row.part_ref, sealedName: Buffer.from(row.sealed_name ?? Buffer.alloc(0)), mediaType: row.media_type,
    sizeBytes: Number(row.size_bytes), createdOn: row.created_on,
  };
}

export interface NewDraft {
  id: string;
  callId: string;
  questionnaireId: string;
  stakeholderType: StakeholderType;
  accessTokenHash: string;
  language: string | null;
  consent: Consent | null;
  sealedContent: Buffer;
  draftKeyBox: Buffer;
  day: string;
}

export async function insertDraft(db: Executor, draft: NewDraft): Promise<void> {
  await db.insertInto('submissions').values({
    id: draft.id, call_id: draft.callId, questionnaire_id: draft.questionnaireId, stakeholder_type: draft.stakeholderType,
    status: 'draft', access_token_hash: draft.accessTokenHash, reference: null, language: draft.language,
    consent: draft.consent, late: 0, review_status: 'new', sealed_content: draft.sealedContent, draft_key_box: draft.draftKeyBox,
    receipt_key_box: null, created_on: draft.day, updated_on: draft.day, submitted_on: null,
  }).execute();
}

/** An input that arrives already submitted (an imported email): no draft link, no receipt code. */
export interface NewSubmittedInput {
  id: string;
  callId: string;
  questionnaireId: string;
  stakeholderType: StakeholderType;
  reference: string;
  language: string | null;
  consent: Consent;
  late: boolean;
  sealedContent: Buffer;
  /** The day it was sent, or received when the message does not say. */
  day: string;
}

export async function insertSubmittedInput(trx: Transaction, input: NewSubmittedInput, channel: 'email'): Promise<void> {
  await trx.insertInto('submissions').values({
    id: input.id, call_id: input.callId, questionnaire_id: input.questionnaireId, stakeholder_type: input.stakeholderType,
    // A hash of nothing anyone holds: no link opens an input that never was a draft.
    status: 'submitted', access_token_hash: hashToken(newToken()), reference: input.reference, language: input.language,
    consent: input.consent, late: input.late ? 1 : 0, review_status: 'new', sealed_content: input.sealedContent,
    draft_key_box: null, receipt_key_box: null, created_on: input.day, updated_on: input.day, submitted_on: input.day, channel,
  }).execute();
}

/** Replaces a submitted input's content (staff confirming an imported letter's answers). */
export async function replaceSubmittedContent(db: Executor, id: string, changes: { sealedContent: Buffer; stakeholderType: StakeholderType; questionnaireId: string; day: string }): Promise<void> {
  await db.updateTable('submissions').set({
    sealed_content: changes.sealedContent, stakeholder_type: changes.stakeholderType, questionnaire_id: changes.questionnaireId,
    updated_on: changes.day,
  }).where('id', '=', id).where('status', '=', 'submitted').execute();
}

/** Saves what was typed into a draft; a submitted input is never changed this way. */
export async function updateDraft(
  db: Executor,
  id: string,
  changes: { language: string | null; consent: Consent | null; sealedContent: Buffer; day: string },
): Promise<boolean> {
  const result = await db.updateTable('submissions').set({
    language: changes.language, consent: changes.consent, sealed_content: changes.sealedContent, updated_on: changes.day,
  }).where('id', '=', id).where('status', '=', 'draft').executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function findStoredInputByTokenHash(db: Executor, accessTokenHash: string): Promise<StoredInput | undefined> {
  const row = await db.selectFrom('submissions').selectAll().where('access_token_hash', '=', accessTokenHash).executeTakeFirst();
  return row && toStoredInput(row, await listStoredAttachments(db, row.id));
}

/** A submitted input by id (drafts belong to their authors and are never found this way). */
export async function findSubmittedStoredInput(db: Executor, id: string): Promise<StoredInput | undefined> {
  const row = await db.selectFrom('submissions').selectAll().where('id', '=', id).where('status', '=', 'submitted').executeTakeFirst();
  return row && toStoredInput(row, await listStoredAttachments(db, row.id));
}

export async function listStoredAttachments(db: Executor, submissionId: string): Promise<StoredAttachment[]> {
  const rows = await db.selectFrom('attachments').select(attachmentInfoColumns)
    .where('submission_id', '=', submissionId).orderBy('created_on').orderBy('id').execute();
  return rows.map(toStoredAttachment);
}

export async function countAttachments(db: Executor, submissionId: string): Promise<number> {
  const row = await db.selectFrom('attachments').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('submission_id', '=', submissionId).executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface NewAttachment {
  id: string;
  submissionId: string;
  partRef: string | null;
  sealedName: Buffer;
  mediaType: string;
  sizeBytes: number;
  sealedData: Buffer;
  day: string;
}

export async function insertAttachment(db: Executor, attachment: NewAttachment): Promise<void> {
  await db.insertInto('attachments').values({
    id: attachment.id, submission_id: attachment.submissionId, part_ref: attachment.partRef, sealed_name: attachment.sealedName,
    media_type: attachment.mediaType, size_bytes: attachment.sizeBytes, data: attachment.sealedData, created_on: attachment.day,
  }).execute();
}

export async function deleteAttachments(db: Executor, submissionId: string, ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  await db.deleteFrom('attachments').where('submission_id', '=', submissionId).where('id', 'in', [...ids]).execute();
}

/** One file, sealed, only through the input it belongs to: a key for one input reaches no one else's files. */
export async function findStoredFile(
  db: Executor,
  submissionId: string,
  attachmentId: string,
): Promise<{ id: string; sealedName: Buffer; mediaType: string; sealedData: Buffer } | undefined> {
  const row = await db.selectFrom('attachments').select(['id', 'sealed_name', 'media_type', 'data'])
    .where('submission_id', '=', submissionId).where('id', '=', attachmentId).executeTakeFirst();
  return row && {
    id: row.id, sealedName: Buffer.from(row.sealed_name ?? Buffer.alloc(0)), mediaType: row.media_type, sealedData: Buffer.from(row.data),
  };
}

/**
 * Turns a draft into a submitted input; false when it was already submitted (a second, concurrent submit).
 * The draft link's key box goes: from now on the link opens nothing, even with a copy of the database.
 */
export async function markSubmitted(
  trx: Transaction,
  id: string,
  submitted: {
    reference: string; language: string; consent: Consent; late: boolean; day: string; receiptCodeHash: string; receiptKeyBox: Buffer;
  },
): Promise<boolean> {
  const result = await trx.updateTable('submissions').set({
    status: 'submitted', reference: submitted.reference, language: submitted.language, consent: submitted.consent,
    late: submitted.late ? 1 : 0, submitted_on: submitted.day, updated_on: submitted.day,
    receipt_code_hash: submitted.receiptCodeHash, receipt_key_box: submitted.receiptKeyBox, draft_key_box: null,
  }).where('id', '=', id).where('status', '=', 'draft').executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The ids of a call's submitted inputs, by reference: what a key holder's session walks to open those it can. */
export async function listSubmittedInputIds(db: Executor, callId: string): Promise<string[]> {
  const rows = await db.selectFrom('submissions').select('id').where('call_id', '=', callId).where('status', '=', 'submitted')
    .orderBy('reference').execute();
  return rows.map((r) => r.id);
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

/** Adds key boxes an input does not have yet; a holder that already has one keeps it (concurrent re-sealing). */
export async function insertKeyBoxes(db: Executor, submissionId: string, boxes: readonly KeyBox[]): Promise<void> {
  if (!boxes.length) return;
  await db.insertInto('input_key_boxes').values(boxes.map((b) => ({ submission_id: submissionId, holder: b.holder, box: b.box })))
    .onConflict((oc) => oc.columns(['submission_id', 'holder']).doNothing()).execute();
}

/** One holder's boxes for these inputs, by input id. */
export async function findKeyBoxes(db: Executor, holder: string, submissionIds: readonly string[]): Promise<Map<string, Buffer>> {
  if (!submissionIds.length) return new Map();
  const rows = await db.selectFrom('input_key_boxes').select(['submission_id', 'box'])
    .where('holder', '=', holder).where('submission_id', 'in', [...submissionIds]).execute();
  return new Map(rows.map((r) => [r.submission_id, Buffer.from(r.box)]));
}

/** Every submitted input with the holders of its key, per call: what re-sealing compares with who should hold it. */
export async function listKeyHoldersOfInputs(db: Executor): Promise<{ submissionId: string; callId: string; holders: string[] }[]> {
  const rows = await db.selectFrom('submissions')
    .leftJoin('input_key_boxes', 'input_key_boxes.submission_id', 'submissions.id')
    .select(['submissions.id', 'submissions.call_id', 'input_key_boxes.holder'])
    .where('submissions.status', '=', 'submitted')
    .orderBy('submissions.id')
    .execute();
  const inputs = new Map<string, { submissionId: string; callId: string; holders: string[] }>();
  for (const row of rows) {
    const entry = inputs.get(row.id) ?? { submissionId: row.id, callId: row.call_id, holders: [] };
    if (row.holder) entry.holders.push(row.holder);
    inputs.set(row.id, entry);
  }
  return [...inputs.values()];
}

/** Takes some holders' boxes of one input away (no longer its recipients, no longer administrators). */
export async function deleteKeyBoxes(db: Executor, submissionId: string, holders: readonly string[]): Promise<void> {
  if (!holders.length) return;
  await db.deleteFrom('input_key_boxes').where('submission_id', '=', submissionId).where('holder', 'in', [...holders]).execute();
}
