// Staff take a passage back out of the quote bank.
import type { AnalysisDeps } from './analysis-deps.ts';
import type { InputCipher } from '../submissions/index.ts';
import { deleteQuote } from './codings.repository.ts';

export async function removeQuote(deps: Pick<AnalysisDeps, 'db'>, cipher: InputCipher, quoteId: string): Promise<'removed' | 'not-found'> {
  return (await deleteQuote(deps.db, cipher.submissionId, quoteId)) ? 'removed' : 'not-found';
}
