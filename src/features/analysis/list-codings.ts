// An input's codings (or a whole call's), opened with its cipher, in reading order (by part, field, then position
// in the text), so a page can show who coded what beside the passage.
import type { AnalysisDeps } from './analysis-deps.ts';
import type { InputCipher } from '../submissions/index.ts';
import type { Coding } from './coding.ts';
import { listSealedCodings, listSealedCodingsOfCall } from './codings.repository.ts';
import { openCoding } from './sealed-records.ts';

function order(coding: Coding): [string, string, number, string] {
  const anchor = coding.anchor;
  return anchor.kind === 'passage' ? [anchor.partRef, anchor.field, anchor.start, coding.id] : [anchor.partRef, '', -1, anchor.choiceKey];
}

/** Codings in reading order: by part, field, then position in the text. */
function inReadingOrder(codings: Coding[]): Coding[] {
  return codings.sort((a, b) => {
    const [x, y] = [order(a), order(b)];
    return x[0].localeCompare(y[0]) || x[1].localeCompare(y[1]) || x[2] - y[2] || x[3].localeCompare(y[3]);
  });
}

export async function listCodings(deps: Pick<AnalysisDeps, 'db'>, cipher: InputCipher): Promise<Coding[]> {
  return inReadingOrder((await listSealedCodings(deps.db, cipher.submissionId)).map((record) => openCoding(cipher, record)));
}

/**
 * The codings of a call's inputs that these ciphers open, by input, with one query for the whole call: what a
 * page counting codes across every input needs (inputs without a cipher here are not opened, nor listed).
 */
export async function listCodingsOfCall(deps: Pick<AnalysisDeps, 'db'>, callId: string, ciphers: ReadonlyMap<string, InputCipher>): Promise<Map<string, Coding[]>> {
  const sealed = await listSealedCodingsOfCall(deps.db, callId);
  return new Map([...ciphers].map(([id, cipher]) => [id, inReadingOrder((sealed.get(id) ?? []).map((record) => openCoding(cipher, record)))]));
}
