// SQL for follow-up: finding an input by its receipt code hash, follow-up sessions, the conversation, and the
// consent a submitter narrows. Staff reach the conversation through index.ts, so its SQL lives here only once.
// Entries are sealed and opened with the input's cipher on their way in and out: only ciphertext is stored.
import type { Db, Transaction } from '../../db/database.ts';
import { newId } from '../../platform/tokens.ts';
import type { Consent, InputCipher } from '../submissions/index.ts';
import type { ConversationEntry, EntryAuthor, EntryKind, NewEntry } from './conversation.ts';

type Executor = Db | Transaction;

/** The submitted input a receipt code hash belongs to, with its content key wrapped under the receipt code. */
export async function findInputByReceiptHash(db: Executor, receiptCodeHash: string): Promise<{ id: string; receiptKeyBox: Buffer } | undefined> {
  const row = await db.selectFrom('submissions').select(['id', 'receipt_key_box'])
    .where('receipt_code_hash', '=', receiptCodeHash).where('status', '=', 'submitted').executeTakeFirst();
  return row?.receipt_key_box ? { id: row.id, receiptKeyBox: Buffer.from(row.receipt_key_box) } : undefined;
}

export async function insertFollowUpSession(
  db: Executor, session: { tokenHash: string; submissionId: string; expiresAt: string; keyBox: Buffer },
): Promise<void> {
  await db.insertInto('follow_up_sessions').values({
    token_hash: session.tokenHash, submission_id: session.submissionId, expires_at: session.expiresAt, key_box: session.keyBox,
  }).execute();
}

export async function findFollowUpSession(
  db: Executor, tokenHash: string,
): Promise<{ submissionId: string; expiresAt: string; keyBox: Buffer | null } | undefined> {
  const row = await db.selectFrom('follow_up_sessions').select(['submission_id', 'expires_at', 'key_box'])
    .where('token_hash', '=', tokenHash).executeTakeFirst();
  return row && { submissionId: row.submission_id, expiresAt: row.expires_at, keyBox: row.key_box ? Buffer.from(row.key_box) : null };
}

export async function extendFollowUpSession(db: Executor, tokenHash: string, expiresAt: string): Promise<void> {
  await db.updateTable('follow_up_sessions').set({ expires_at: expiresAt }).where('token_hash', '=', tokenHash).execute();
}

export async function deleteFollowUpSession(db: Executor, tokenHash: string): Promise<void> {
  await db.deleteFrom('follow_up_sessions').where('token_hash', '=', tokenHash).execute();
}

/** Drops every ended session: ISO instants compare as text on both engines. */
export async function deleteExpiredFollowUpSessions(db: Executor, nowIso: string): Promise<void> {
  await db.deleteFrom('follow_up_sessions').where('expires_at', '<=', nowIso).execute();
}

export interface FollowedInput {
  id: string;
  callId: string;
  reference: string;
  consent: Consent | null;
  reviewStatus: 'new' | 'reviewed';
  submittedOn: string;
}

/** What the submitter's follow-up page shows about their input: no content beyond the workflow's metadata. */
export async function findFollowedInput(db: Executor, submissionId: string): Promise<FollowedInput | undefined> {
  const row = await db.selectFrom('submissions')
    .select(['id', 'call_id', 'reference', 'consent', 'review_status', 'submitted_on'])
    .where('id', '=', submissionId).where('status', '=', 'submitted').executeTakeFirst();
  return row && {
    id: row.id, callId: row.call_id, reference: row.reference ?? '', consent: row.consent as Consent | null,
    reviewStatus: row.review_status === 'reviewed' ? 'reviewed' : 'new', submittedOn: row.submitted_on ?? '',
  };
}

/** The input's conversation in order, opened with its cipher. */
export async function listConversation(db: Executor, cipher: InputCipher): Promise<ConversationEntry[]> {
  const rows = await db.selectFrom('follow_up_messages as m')
    .leftJoin('staff_users as s', 's.id', 'm.staff_user_id')
    .leftJoin('attachments as a', 'a.id', 'm.attachment_id')
    .select([
      'm.id', 'm.position', 'm.author', 'm.kind', 'm.sealed_content', 'm.seen', 'm.created_on', 's.display_name',
      'a.id as attachment_id', 'a.sealed_name', 'a.size_bytes',
    ])
    .where('m.submission_id', '=', cipher.submissionId)
    .orderBy('m.position')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    position: Number(row.position),
    author: row.author as EntryAuthor,
    staffName: row.display_name,
    kind: row.kind as EntryKind,
    content: row.sealed_content ? cipher.openEntry(row.id, row.sealed_content) : '',
    attachment: row.attachment_id && row.sealed_name
      ? { id: row.attachment_id, filename: cipher.openFilename(row.attachment_id, row.sealed_name), sizeBytes: Number(row.size_bytes) } : null,
    seen: Number(row.seen) === 1,
    createdOn: row.created_on,
  }));
}

/** Appends entries after the last one, in order, each sealed. Runs inside the caller's transaction. */
export async function appendEntries(trx: Transaction, cipher: InputCipher, entries: readonly NewEntry[], day: string): Promise<void> {
  const { submissionId } = cipher;
  const last = await trx.selectFrom('follow_up_messages')
    .select((eb) => eb.fn.max('position').as('last'))
    .where('submission_id', '=', submissionId).executeTakeFirst();
  let position = Number(last?.last ?? 0);
  for (const entry of entries) {
    position += 1;
    const id = newId();
    await trx.insertInto('follow_up_messages').values({
      id, submission_id: submissionId, position, author: entry.author, staff_user_id: entry.staffUserId, kind: entry.kind,
      sealed_content: cipher.sealEntry(id, entry.content), attachment_id: entry.attachmentId, seen: 0, created_on: day,
    }).execute();
  }
}

/** Marks what one side wrote as seen by the other (staff opened the input, or the submitter came back). */
export async function markEntriesSeen(db: Executor, submissionId: string, author: EntryAuthor): Promise<void> {
  await db.updateTable('follow_up_messages').set({ seen: 1 })
    .where('submission_id', '=', submissionId).where('author', '=', author).where('seen', '=', 0).execute();
}

/** Entries from submitters that no staff member has seen yet, per input of a call: the inbox's badge. */
export async function countUnseenSubmitterEntries(db: Executor, callId: string): Promise<Map<string, number>> {
  const rows = await db.selectFrom('follow_up_messages as m')
    .innerJoin('submissions as s', 's.id', 'm.submission_id')
    .select(['m.submission_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('s.call_id', '=', callId).where('m.author', '=', 'submitter').where('m.seen', '=', 0)
    .groupBy('m.submission_id')
    .execute();
  return new Map(rows.map((row) => [row.submission_id, Number(row.n)]));
}

/** Narrows the consent only if it is still the one the submitter saw (false when it changed meanwhile). */
export async function replaceConsent(trx: Transaction, submissionId: string, from: Consent | null, to: Consent): Promise<boolean> {
  let query = trx.updateTable('submissions').set({ consent: to }).where('id', '=', submissionId).where('status', '=', 'submitted');
  query = from === null ? query.where('consent', 'is', null) : query.where('consent', '=', from);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
