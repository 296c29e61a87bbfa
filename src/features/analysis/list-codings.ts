// An input's codings, opened with its cipher, in reading order (by part, field, then position in the text), so
// a page can show who coded what beside the passage.
import type { AnalysisDeps } from './analysis-deps.ts';
import type { InputCipher } from '../submissions/index.ts';
import type { Coding } from './coding.ts';
import { listSealedCodings } from './codings.repository.ts';
import { openCoding } from './sealed-records.ts';

function order(coding: Coding): [string, string, number, string] {
  const anchor = coding.anchor;
  return anchor.kind === 'passage' ? [anchor.partRef, anchor.field, anchor.start, coding.id] : [anchor.partRef, '', -1, anchor.choiceKey];
}

export async function listCodings(deps: Pick<AnalysisDeps, 'db'>, cipher: InputCipher): Promise<Coding[]> {
  const codings = (await listSealedCodings(deps.db, cipher.submissionId)).map((record) => openCoding(cipher, record));
  return codings.sort((a, b) => {
    const [x, y] = [order(a), order(b)];
    return x[0].localeCompare(y[0]) || x[1].localeCompare(y[1]) || x[2] - y[2] || x[3].localeCompare(y[3]);
  });
}
