// The ciphers of many inputs for one reader at once: one query for the reader's key boxes, instead of one per input
// as opening a single input does (review's inputCipherFor), then each box opened with the reader's session key.
// Inputs the reader holds no box for, or whose box an older key pair of theirs made, are left out: they stay sealed.
import { DecryptionFailedError } from '../../platform/crypto/index.ts';
import type { Reader } from '../review/open-input.ts';
import { cipherFromHolderBox, findKeyBoxes, type InputCipher } from '../submissions/index.ts';
import type { AnalysisDeps } from './analysis-deps.ts';

export async function readerCiphers(deps: Pick<AnalysisDeps, 'db'>, reader: Reader, submissionIds: readonly string[]): Promise<Map<string, InputCipher>> {
  const ciphers = new Map<string, InputCipher>();
  if (!reader.privateKey) return ciphers;
  for (const [id, box] of await findKeyBoxes(deps.db, reader.id, submissionIds)) {
    try {
      ciphers.set(id, cipherFromHolderBox(id, box, reader.privateKey));
    } catch (error) {
      if (!(error instanceof DecryptionFailedError)) throw error;
    }
  }
  return ciphers;
}
