// The rejected suggestions of several inputs (a page of answers), opened with each input's cipher, in reading
// order, with one query for all of them.
import type { Db, Transaction } from '../../db/database.ts';
import type { InputCipher } from '../submissions/index.ts';
import type { AnalysisDeps } from './analysis-deps.ts';
import type { SuggestionRejection } from './coding.ts';
import { listSealedRejections } from './rejections.repository.ts';
import { openRejection } from './sealed-records.ts';

export async function listRejections(deps: Pick<AnalysisDeps, 'db'>, ciphers: readonly InputCipher[]): Promise<Map<string, SuggestionRejection[]>> {
  const sealed = await listSealedRejections(deps.db, ciphers.map((cipher) => cipher.submissionId));
  return new Map(ciphers.map((cipher) => [cipher.submissionId, (sealed.get(cipher.submissionId) ?? [])
    .map((record) => openRejection(cipher, record))
    .sort((a, b) => a.passage.partRef.localeCompare(b.passage.partRef) || a.passage.field.localeCompare(b.passage.field)
      || a.passage.start - b.passage.start || a.id.localeCompare(b.id))]));
}

/** One input's rejections, opened (inside the transaction that is about to change them). */
export async function rejectionsOf(db: Db | Transaction, cipher: InputCipher): Promise<SuggestionRejection[]> {
  return ((await listSealedRejections(db, [cipher.submissionId])).get(cipher.submissionId) ?? []).map((record) => openRejection(cipher, record));
}
