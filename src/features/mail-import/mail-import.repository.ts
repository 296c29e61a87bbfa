// SQL for the email channel: imports and their uploads, what became of each message, messages kept for staff,
// fingerprints and imported inputs. Sealed columns are stored and returned as they are.
import type { Db, Transaction } from '../../db/database.ts';
import type { KeyBox } from '../submissions/input-keys.ts';
import type { ImportOutcome, ImportRecord, ImportStatus, KeptMessage, KeptMessageStatus } from './mail-import.ts';

type Executor = Db | Transaction;

function toImport(row: {
  id: string; call_id: string | null; origin: string; status: string; total: number; processed: number;
  started_by: string | null; created_on: string; finished_on: string | null; upload_key_box: Buffer | null;
}): ImportRecord {
  return {
    id: row.id, callId: row.call_id, origin: row.origin === 'upload' ? 'upload' : 'command', status: row.status as ImportStatus,
    total: Number(row.total), processed: Number(row.processed), startedBy: row.started_by, createdOn: row.created_on,
    finishedOn: row.finished_on, uploadKeyBox: row.upload_key_box ? Buffer.from(row.upload_key_box) : null,
  };
}

const importColumns = ['id', 'call_id', 'origin', 'status', 'total', 'processed', 'started_by', 'created_on', 'finished_on', 'upload_key_box'] as const;

export async function insertImport(db: Executor, record: {
  id: string; callId: string | null; origin: 'upload' | 'command'; sourceHash: string | null; status: ImportStatus;
  startedBy: string | null; day: string; uploadKeyBox: Buffer | null;
}): Promise<void> {
  await db.insertInto('mail_imports').values({
    id: record.id, call_id: record.callId, origin: record.origin, source_hash: record.sourceHash, status: record.status,
    started_by: record.startedBy, created_on: record.day, upload_key_box: record.uploadKeyBox,
  }).execute();
}

export async function findImport(db: Executor, id: string): Promise<ImportRecord | undefined> {
  const row = await db.selectFrom('mail_imports').select(importColumns).where('id', '=', id).executeTakeFirst();
  return row && toImport(row);
}

export async function listImports(db: Executor, limit: number): Promise<ImportRecord[]> {
  const rows = await db.selectFrom('mail_imports').select(importColumns).orderBy('created_on', 'desc').orderBy('id', 'desc').limit(limit).execute();
  return rows.map(toImport);
}

/** The unfinished import of this mailbox into this call, which running the same command again continues. */
export async function findUnfinishedCommandImport(db: Executor, sourceHash: string, callId: string | null): Promise<ImportRecord | undefined> {
  let query = db.selectFrom('mail_imports').select(importColumns)
    .where('source_hash', '=', sourceHash).where('origin', '=', 'command').where('status', '!=', 'done');
  query = callId === null ? query.where('call_id', 'is', null) : query.where('call_id', '=', callId);
  const row = await query.orderBy('created_on', 'desc').executeTakeFirst();
  return row && toImport(row);
}

/** Imports a worker may take: queued, or running under a lease that expired (its instance stopped). */
export async function listClaimableImports(db: Executor, nowIso: string): Promise<string[]> {
  const rows = await db.selectFrom('mail_imports').select('id')
    .where('origin', '=', 'upload')
    .where((eb) => eb.or([
      eb('status', '=', 'queued'),
      eb.and([eb('status', '=', 'running'), eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', nowIso)])]),
    ]))
    .orderBy('created_on').orderBy('id').execute();
  return rows.map((r) => r.id);
}

/**
 * Takes (or renews) the lease on an import: true when this owner now holds it. One conditional UPDATE, so two
 * instances racing for the same job cannot both win.
 */
export async function takeLease(db: Executor, id: string, owner: string, nowIso: string, untilIso: string): Promise<boolean> {
  const result = await db.updateTable('mail_imports').set({ status: 'running', lease_owner: owner, lease_until: untilIso })
    .where('id', '=', id).where('status', 'in', ['queued', 'running'])
    .where((eb) => eb.or([eb('lease_owner', '=', owner), eb('lease_until', 'is', null), eb('lease_until', '<', nowIso)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function setImportTotal(db: Executor, id: string, total: number): Promise<void> {
  await db.updateTable('mail_imports').set({ total, status: 'running' }).where('id', '=', id).execute();
}

export async function finishImport(db: Executor, id: string, status: 'done' | 'failed', day: string): Promise<void> {
  await db.updateTable('mail_imports').set({ status, finished_on: day, lease_owner: null, lease_until: null, upload_key_box: null })
    .where('id', '=', id).execute();
  await db.deleteFrom('mail_import_uploads').where('import_id', '=', id).execute();
}

export async function insertUploads(db: Executor, importId: string, sealedFiles: readonly Buffer[]): Promise<void> {
  if (!sealedFiles.length) return;
  await db.insertInto('mail_import_uploads')
    .values(sealedFiles.map((file, position) => ({ import_id: importId, position, sealed_file: file }))).execute();
}

export async function listUploads(db: Executor, importId: string): Promise<{ position: number; sealedFile: Buffer }[]> {
  const rows = await db.selectFrom('mail_import_uploads').select(['position', 'sealed_file'])
    .where('import_id', '=', importId).orderBy('position').execute();
  return rows.map((r) => ({ position: Number(r.position), sealedFile: Buffer.from(r.sealed_file) }));
}

/** The messages of this import already dealt with: a resumed import skips them. */
export async function listItemKeyHashes(db: Executor, importId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('mail_import_items').select('key_hash').where('import_id', '=', importId).execute();
  return new Set(rows.map((r) => r.key_hash));
}

/** Records what became of one message and counts it as processed, in the caller's transaction. */
export async function recordItem(trx: Executor, item: {
  importId: string; keyHash: string; position: number; outcome: ImportOutcome; problems: readonly string[];
  submissionId: string | null; messageId: string | null;
}): Promise<void> {
  await trx.insertInto('mail_import_items').values({
    import_id: item.importId, key_hash: item.keyHash, position: item.position, outcome: item.outcome,
    problems: JSON.stringify(item.problems), submission_id: item.submissionId, message_id: item.messageId,
  }).execute();
  await trx.updateTable('mail_imports').set((eb) => ({ processed: eb('processed', '+', 1) })).where('id', '=', item.importId).execute();
}

export interface ImportItemRow {
  position: number;
  outcome: ImportOutcome;
  problems: string[];
  submissionId: string | null;
  reference: string | null;
  messageId: string | null;
}

export async function listItems(db: Executor, importId: string): Promise<ImportItemRow[]> {
  const rows = await db.selectFrom('mail_import_items')
    .leftJoin('submissions', 'submissions.id', 'mail_import_items.submission_id')
    .select(['mail_import_items.position', 'mail_import_items.outcome', 'mail_import_items.problems', 'mail_import_items.submission_id',
      'mail_import_items.message_id', 'submissions.reference'])
    .where('mail_import_items.import_id', '=', importId).orderBy('mail_import_items.position').execute();
  return rows.map((r) => ({
    position: Number(r.position), outcome: r.outcome as ImportOutcome, problems: JSON.parse(r.problems) as string[],
    submissionId: r.submission_id, reference: r.reference, messageId: r.message_id,
  }));
}

/** What a message's fingerprints already point at, if it was imported before. */
export async function findFingerprint(db: Executor, hashes: readonly string[]): Promise<{ submissionId: string | null; messageId: string | null } | undefined> {
  if (!hashes.length) return undefined;
  const row = await db.selectFrom('mail_fingerprints').select(['submission_id', 'message_id'])
    .where('hash', 'in', [...hashes]).executeTakeFirst();
  return row && { submissionId: row.submission_id, messageId: row.message_id };
}

export async function insertFingerprints(trx: Executor, hashes: readonly string[], target: { submissionId: string | null; messageId: string | null }): Promise<void> {
  if (!hashes.length) return;
  await trx.insertInto('mail_fingerprints')
    .values([...new Set(hashes)].map((hash) => ({ hash, submission_id: target.submissionId, message_id: target.messageId })))
    .onConflict((oc) => oc.column('hash').doNothing()).execute();
}

export async function insertKeptMessage(trx: Executor, message: {
  id: string; importId: string; status: KeptMessageStatus; problem: string | null; sealedMessage: Buffer; sealedSummary: Buffer;
  day: string; submissionId: string | null;
}, boxes: readonly KeyBox[]): Promise<void> {
  await trx.insertInto('mail_messages').values({
    id: message.id, import_id: message.importId, status: message.status, problem: message.problem, sealed_message: message.sealedMessage,
    sealed_summary: message.sealedSummary, received_on: message.day, submission_id: message.submissionId,
  }).execute();
  if (boxes.length) {
    await trx.insertInto('mail_message_key_boxes').values(boxes.map((b) => ({ message_id: message.id, holder: b.holder, box: b.box }))).execute();
  }
}

const keptColumns = ['id', 'import_id', 'status', 'problem', 'sealed_summary', 'received_on', 'submission_id'] as const;

function toKept(row: { id: string; import_id: string; status: string; problem: string | null; sealed_summary: Buffer; received_on: string; submission_id: string | null }): KeptMessage {
  return {
    id: row.id, importId: row.import_id, status: row.status as KeptMessageStatus, problem: row.problem,
    sealedSummary: Buffer.from(row.sealed_summary), receivedOn: row.received_on, submissionId: row.submission_id,
  };
}

export async function listKeptMessages(db: Executor, statuses: readonly KeptMessageStatus[]): Promise<KeptMessage[]> {
  const rows = await db.selectFrom('mail_messages').select(keptColumns).where('status', 'in', [...statuses])
    .orderBy('received_on').orderBy('id').execute();
  return rows.map(toKept);
}

export async function findKeptMessage(db: Executor, id: string): Promise<(KeptMessage & { sealedMessage: Buffer }) | undefined> {
  const row = await db.selectFrom('mail_messages').select([...keptColumns, 'sealed_message']).where('id', '=', id).executeTakeFirst();
  return row && { ...toKept(row), sealedMessage: Buffer.from(row.sealed_message) };
}

/** One holder's boxes for these messages, by message id: one query for a whole list. */
export async function findMessageKeyBoxes(db: Executor, holder: string, messageIds: readonly string[]): Promise<Map<string, Buffer>> {
  if (!messageIds.length) return new Map();
  const rows = await db.selectFrom('mail_message_key_boxes').select(['message_id', 'box'])
    .where('holder', '=', holder).where('message_id', 'in', [...messageIds]).execute();
  return new Map(rows.map((r) => [r.message_id, Buffer.from(r.box)]));
}

export async function findMessageKeyBox(db: Executor, messageId: string, holder: string): Promise<Buffer | undefined> {
  const row = await db.selectFrom('mail_message_key_boxes').select('box').where('message_id', '=', messageId).where('holder', '=', holder).executeTakeFirst();
  return row && Buffer.from(row.box);
}

/** Moves a kept message on (sorted into an input, or dismissed); false when someone else did first. */
export async function settleKeptMessage(trx: Executor, id: string, status: 'sorted' | 'dismissed', submissionId: string | null): Promise<boolean> {
  const result = await trx.updateTable('mail_messages').set({ status, submission_id: submissionId })
    .where('id', '=', id).where('status', 'in', ['to-sort', 'failed']).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertImportedInput(trx: Executor, input: {
  submissionId: string; importId: string | null; senderHash: string; earlierSubmissionId: string | null; sealedAnalysis: Buffer;
  refusesPublication: boolean;
}): Promise<void> {
  await trx.insertInto('imported_inputs').values({
    submission_id: input.submissionId, import_id: input.importId, sender_hash: input.senderHash,
    earlier_submission_id: input.earlierSubmissionId, mapping_status: 'to-confirm', sealed_analysis: input.sealedAnalysis,
    refuses_publication: input.refusesPublication ? 1 : 0,
  }).execute();
}

export interface ImportedInputRow {
  submissionId: string;
  earlierSubmissionId: string | null;
  earlierReference: string | null;
  mappingStatus: 'to-confirm' | 'confirmed';
  sealedAnalysis: Buffer;
  refusesPublication: boolean;
}

export async function findImportedInput(db: Executor, submissionId: string): Promise<ImportedInputRow | undefined> {
  const row = await db.selectFrom('imported_inputs')
    .leftJoin('submissions as earlier', 'earlier.id', 'imported_inputs.earlier_submission_id')
    .select(['imported_inputs.submission_id', 'imported_inputs.earlier_submission_id', 'imported_inputs.mapping_status',
      'imported_inputs.sealed_analysis', 'imported_inputs.refuses_publication', 'earlier.reference'])
    .where('imported_inputs.submission_id', '=', submissionId).executeTakeFirst();
  return row && {
    submissionId: row.submission_id, earlierSubmissionId: row.earlier_submission_id, earlierReference: row.reference ?? null,
    mappingStatus: row.mapping_status === 'confirmed' ? 'confirmed' : 'to-confirm', sealedAnalysis: Buffer.from(row.sealed_analysis),
    refusesPublication: Number(row.refuses_publication) === 1,
  };
}

/** The latest input this sender sent to this call by email: a new message from them is a corrected version. */
export async function findLatestInputOfSender(db: Executor, senderHash: string, callId: string): Promise<string | undefined> {
  const row = await db.selectFrom('imported_inputs')
    .innerJoin('submissions', 'submissions.id', 'imported_inputs.submission_id')
    .select('submissions.id').where('imported_inputs.sender_hash', '=', senderHash).where('submissions.call_id', '=', callId)
    .orderBy('submissions.reference', 'desc').executeTakeFirst();
  return row?.id;
}

export async function saveImportedMapping(db: Executor, submissionId: string, sealedAnalysis: Buffer, status: 'to-confirm' | 'confirmed'): Promise<void> {
  await db.updateTable('imported_inputs').set({ mapping_status: status, sealed_analysis: sealedAnalysis })
    .where('submission_id', '=', submissionId).execute();
}

/** Imported inputs among these whose answers staff have not confirmed yet (the inbox flags them). */
export async function listImportFlags(db: Executor, submissionIds: readonly string[]): Promise<Map<string, { toConfirm: boolean; refusesPublication: boolean }>> {
  if (!submissionIds.length) return new Map();
  const rows = await db.selectFrom('imported_inputs').select(['submission_id', 'mapping_status', 'refuses_publication'])
    .where('submission_id', 'in', [...submissionIds]).execute();
  return new Map(rows.map((r) => [r.submission_id, { toConfirm: r.mapping_status !== 'confirmed', refusesPublication: Number(r.refuses_publication) === 1 }]));
}

/** Every message still waiting for staff, with who holds its key: what re-sealing compares with the administrators. */
export async function listKeptMessageHolders(db: Executor): Promise<{ messageId: string; holders: string[] }[]> {
  const rows = await db.selectFrom('mail_messages')
    .leftJoin('mail_message_key_boxes', 'mail_message_key_boxes.message_id', 'mail_messages.id')
    .select(['mail_messages.id', 'mail_message_key_boxes.holder'])
    .where('mail_messages.status', 'in', ['to-sort', 'failed']).orderBy('mail_messages.id').execute();
  const messages = new Map<string, string[]>();
  for (const row of rows) {
    const holders = messages.get(row.id) ?? [];
    if (row.holder) holders.push(row.holder);
    messages.set(row.id, holders);
  }
  return [...messages].map(([messageId, holders]) => ({ messageId, holders }));
}

export async function insertMessageKeyBoxes(db: Executor, messageId: string, boxes: readonly KeyBox[]): Promise<void> {
  if (!boxes.length) return;
  await db.insertInto('mail_message_key_boxes').values(boxes.map((b) => ({ message_id: messageId, holder: b.holder, box: b.box })))
    .onConflict((oc) => oc.columns(['message_id', 'holder']).doNothing()).execute();
}

export async function deleteMessageKeyBoxes(db: Executor, messageId: string, holders: readonly string[]): Promise<void> {
  if (!holders.length) return;
  await db.deleteFrom('mail_message_key_boxes').where('message_id', '=', messageId).where('holder', 'in', [...holders]).execute();
}
