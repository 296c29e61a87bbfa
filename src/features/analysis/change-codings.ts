// The one way codings of an input change, so the aggregate counts cannot drift: in one transaction, with the
// input locked, open its codings, let the caller decide what to add and remove, then move code_counts by the
// difference between the codes the input had and has (+1 for a code it gains, −1 for one it loses; a second
// coding of a code it already carries changes nothing).
import type { Db } from '../../db/database.ts';
import type { InputCipher } from '../submissions/index.ts';
import type { Coding } from './coding.ts';
import {
  adjustCodeCount, deleteCodings, findCountedInput, insertCoding, listSealedCodings, lockInputForCoding,
} from './codings.repository.ts';
import { openCoding, sealCoding } from './sealed-records.ts';

export interface CodingChange<T> {
  add: Coding[];
  remove: string[];
  result: T;
}

export async function changeCodings<T>(
  db: Db, cipher: InputCipher, decide: (current: readonly Coding[]) => CodingChange<T> | Promise<CodingChange<T>>,
): Promise<T | 'not-found'> {
  const submissionId = cipher.submissionId;
  return db.transaction().execute(async (trx) => {
    await lockInputForCoding(trx, submissionId);
    const counted = await findCountedInput(trx, submissionId);
    if (!counted) return 'not-found' as const;
    const current = (await listSealedCodings(trx, submissionId)).map((record) => openCoding(cipher, record));
    const change = await decide(current);
    const removed = new Set(change.remove);
    const after = [...current.filter((coding) => !removed.has(coding.id)), ...change.add];
    await deleteCodings(trx, submissionId, current.filter((coding) => removed.has(coding.id)).map((coding) => coding.id));
    for (const coding of change.add) await insertCoding(trx, submissionId, sealCoding(cipher, coding));
    const had = new Set(current.map((coding) => coding.codeId));
    const has = new Set(after.map((coding) => coding.codeId));
    for (const codeId of has) if (!had.has(codeId)) await adjustCodeCount(trx, counted, codeId, 1);
    for (const codeId of had) if (!has.has(codeId)) await adjustCodeCount(trx, counted, codeId, -1);
    return change.result;
  });
}
