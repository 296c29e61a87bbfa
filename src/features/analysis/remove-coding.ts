// Staff remove one coding; the input's count for that code drops only if it was the input's last such coding.
import type { AnalysisDeps } from './analysis-deps.ts';
import type { InputCipher } from '../submissions/index.ts';
import { changeCodings } from './change-codings.ts';

export async function removeCoding(deps: AnalysisDeps, cipher: InputCipher, codingId: string): Promise<'removed' | 'not-found'> {
  return changeCodings(deps.db, cipher, (current) => {
    const found = current.some((coding) => coding.id === codingId);
    return { add: [], remove: found ? [codingId] : [], result: found ? 'removed' as const : 'not-found' as const };
  });
}
