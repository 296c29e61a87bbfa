// Opens a submitted input for a staff member: their private key (unwrapped at sign-in, held for the session) opens
// the input's content key sealed to them, which opens the content. Nothing here reads content without that chain;
// a member who has no box for the input, or whose key is not in this server's memory, gets told which it is.
import type { KeyObject } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { DecryptionFailedError } from '../../platform/crypto/index.ts';
import {
  cipherFromHolderBox, findKeyBoxes, findSubmittedStoredInput, openStoredInput, type InputCipher, type StoredInput, type Submission,
} from '../submissions/index.ts';

/** Who is reading: their id (the holder name of their boxes) and their session's private key, if still held. */
export interface Reader {
  id: string;
  privateKey: KeyObject | null;
}

export type InputAccess =
  | { kind: 'not-found' }
  | { kind: 'sealed'; stored: StoredInput; reason: SealedReason }
  | { kind: 'opened'; input: Submission; cipher: InputCipher };

/** Why content stays sealed: no key in memory (sign in again), or the input was never sealed to this member. */
export type SealedReason = 'key-missing' | 'not-a-holder';

/** The cipher of one input for this reader, or why there is none. */
export async function inputCipherFor(db: Db, reader: Reader, submissionId: string): Promise<InputCipher | SealedReason> {
  if (!reader.privateKey) return 'key-missing';
  const box = (await findKeyBoxes(db, reader.id, [submissionId])).get(submissionId);
  if (!box) return 'not-a-holder';
  try {
    return cipherFromHolderBox(submissionId, box, reader.privateKey);
  } catch (error) {
    // A box made for an older key pair of this member cannot open: treat it like no box at all.
    if (error instanceof DecryptionFailedError) return 'not-a-holder';
    throw error;
  }
}

export async function openInputFor(db: Db, reader: Reader, submissionId: string): Promise<InputAccess> {
  const stored = await findSubmittedStoredInput(db, submissionId);
  if (!stored) return { kind: 'not-found' };
  const cipher = await inputCipherFor(db, reader, submissionId);
  if (typeof cipher === 'string') return { kind: 'sealed', stored, reason: cipher };
  return { kind: 'opened', input: openStoredInput(stored, cipher), cipher };
}
