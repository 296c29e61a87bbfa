// Where an input's content key is kept, always wrapped: under its draft link (while a draft), under its receipt
// code (once submitted), and sealed to each key holder of its call (administrators, assigned recipients, the
// offline escrow key). Whoever holds one of those secrets can build the input's cipher; the database alone cannot.
import type { KeyObject } from 'node:crypto';
import { openSealed, seal, unwrapUnderSecret, wrapUnderSecret } from '../../platform/crypto/index.ts';
import { InputCipher } from './input-cipher.ts';

/** A holder's id in input_key_boxes: a staff member's id, or this for the escrow key. */
export const escrowHolder = 'escrow';

export interface KeyHolder {
  holder: string;
  publicKey: Buffer;
}

export interface KeyBox {
  holder: string;
  box: Buffer;
}

export function draftKeyBox(cipher: InputCipher, draftToken: string): Buffer {
  return wrapUnderSecret(cipher.contentKey, draftToken, 'draft-link', cipher.submissionId);
}

export function cipherFromDraftLink(submissionId: string, box: Buffer, draftToken: string): InputCipher {
  return InputCipher.withKey(submissionId, unwrapUnderSecret(Buffer.from(box), draftToken, 'draft-link', submissionId));
}

/** `receiptKey` is the argon2id-derived key of the receipt code (receipt-code.ts), never the code itself. */
export function receiptKeyBox(cipher: InputCipher, receiptKey: Buffer): Buffer {
  return wrapUnderSecret(cipher.contentKey, receiptKey, 'receipt-code', cipher.submissionId);
}

export function cipherFromReceipt(submissionId: string, box: Buffer, receiptKey: Buffer): InputCipher {
  return InputCipher.withKey(submissionId, unwrapUnderSecret(Buffer.from(box), receiptKey, 'receipt-code', submissionId));
}

export function sealForHolders(cipher: InputCipher, holders: readonly KeyHolder[]): KeyBox[] {
  return holders.map((h) => ({ holder: h.holder, box: seal(cipher.contentKey, h.publicKey, 'content-key') }));
}

export function cipherFromHolderBox(submissionId: string, box: Buffer, privateKey: KeyObject): InputCipher {
  return InputCipher.withKey(submissionId, openSealed(Buffer.from(box), privateKey, 'content-key'));
}
