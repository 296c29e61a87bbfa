// SQL for rejected suggestions: stored and returned sealed (the use cases hold each input's cipher), listed for a
// whole page of inputs at once so the per-question view costs one query for them, not one per input.
import type { Db, Transaction } from '../../db/database.ts';
import { bySubmission, type SealedRecord } from './codings.repository.ts';

type Executor = Db | Transaction;

/** Each input's sealed rejections, by input id (inputs without any are absent). */
export async function listSealedRejections(db: Executor, submissionIds: readonly string[]): Promise<Map<string, SealedRecord[]>> {
  if (submissionIds.length === 0) return new Map();
  const rows = await db.selectFrom('suggestion_rejections').select(['id', 'submission_id', 'sealed_rejection'])
    .where('submission_id', 'in', submissionIds).orderBy('id').execute();
  return bySubmission(rows, (row) => row.sealed_rejection);
}

export async function insertRejection(trx: Transaction, submissionId: string, record: SealedRecord): Promise<void> {
  await trx.insertInto('suggestion_rejections').values({ id: record.id, submission_id: submissionId, sealed_rejection: record.sealed }).execute();
}

export async function deleteRejections(trx: Transaction, submissionId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await trx.deleteFrom('suggestion_rejections').where('submission_id', '=', submissionId).where('id', 'in', ids).execute();
}
