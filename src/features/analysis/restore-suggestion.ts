// Staff take a rejection back: the suggestion is offered again for that paragraph.
import type { InputCipher } from '../submissions/index.ts';
import type { AnalysisDeps } from './analysis-deps.ts';
import { samePlace } from './coding.ts';
import { lockInputForCoding } from './codings.repository.ts';
import { rejectionsOf } from './list-rejections.ts';
import { deleteRejections } from './rejections.repository.ts';

export async function restoreSuggestion(deps: Pick<AnalysisDeps, 'db'>, cipher: InputCipher, rejectionId: string): Promise<'restored' | 'not-found'> {
  return deps.db.transaction().execute(async (trx) => {
    await lockInputForCoding(trx, cipher.submissionId);
    const current = await rejectionsOf(trx, cipher);
    const named = current.find((r) => r.id === rejectionId);
    if (!named) return 'not-found' as const;
    // Any twin of it (the same code on the same paragraph) goes too, or the suggestion would stay hidden.
    const twins = current.filter((r) => r.codeId === named.codeId && samePlace(r.passage, named.passage));
    await deleteRejections(trx, cipher.submissionId, twins.map((r) => r.id));
    return 'restored' as const;
  });
}
