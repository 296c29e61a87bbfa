// The ciphers of many inputs for one reader at once: one query for the reader's key boxes, instead of one per input
// as opening a single input does (review's inputCipherFor), then each box opened with the reader's session key.
// Inputs the reader holds no box for, or whose box an older key pair of theirs made, are left out: they stay sealed.
import type { KeyObject } from 'node:crypto';
import { DecryptionFailedError } from '../../platform/crypto/index.ts';
import type { Reader } from '../review/open-input.ts';
import { cipherFromHolderBox, findKeyBoxes, type InputCipher } from '../submissions/index.ts';
import type { AnalysisDeps } from './analysis-deps.ts';

/**
 * Boxes already opened with a session's private key, by input. Opening a box is an X25519 exchange (≈ 0.15 ms), so a
 * page counting across 500 inputs would spend most of its time there on every view. The memo lives exactly as long
 * as the session's key object (the keyring drops it at sign-out or expiry, and the entry goes with it), holds nothing
 * that key could not open again, and is used only while the database still holds the very same box for the reader:
 * a box removed (recipient unassigned) or replaced is opened afresh or not at all, as without the memo.
 */
const opened = new WeakMap<KeyObject, Map<string, { box: Buffer; cipher: InputCipher }>>();

export async function readerCiphers(deps: Pick<AnalysisDeps, 'db'>, reader: Reader, submissionIds: readonly string[]): Promise<Map<string, InputCipher>> {
  const ciphers = new Map<string, InputCipher>();
  const { privateKey } = reader;
  if (!privateKey) return ciphers;
  const memo = opened.get(privateKey) ?? new Map<string, { box: Buffer; cipher: InputCipher }>();
  opened.set(privateKey, memo);
  for (const [id, box] of await findKeyBoxes(deps.db, reader.id, submissionIds)) {
    const known = memo.get(id);
    if (known?.box.equals(box)) {
      ciphers.set(id, known.cipher);
      continue;
    }
    try {
      const cipher = cipherFromHolderBox(id, box, privateKey);
      memo.set(id, { box, cipher });
      ciphers.set(id, cipher);
    } catch (error) {
      if (!(error instanceof DecryptionFailedError)) throw error;
      memo.delete(id);
    }
  }
  return ciphers;
}
