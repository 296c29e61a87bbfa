// Encrypts a record's content (answers, an attachment) with its own 32-byte content key.
// Layout: version (1) || nonce (12) || ciphertext || tag (16). The record id is authenticated (AAD), not stored,
// so a ciphertext moved onto another record fails to open instead of showing the wrong person's words.
import { randomBytes } from 'node:crypto';
import { aeadOpen, aeadSeal, keyBytes, nonceBytes, tagBytes } from './aead.ts';
import { UnsupportedFormatError } from './errors.ts';

export const contentCipherVersion = 1;
/** Bytes added to every encrypted content: version, nonce and tag. */
export const contentOverheadBytes = 1 + nonceBytes + tagBytes;

export function newContentKey(): Buffer {
  return randomBytes(keyBytes);
}

export function encryptContent(plaintext: Buffer, contentKey: Buffer, recordId: string): Buffer {
  const version = Buffer.of(contentCipherVersion);
  return Buffer.concat([version, aeadSeal(contentKey, plaintext, additionalData(recordId))]);
}

export function decryptContent(encrypted: Buffer, contentKey: Buffer, recordId: string): Buffer {
  if (encrypted[0] !== contentCipherVersion) throw new UnsupportedFormatError('content', encrypted[0]);
  return aeadOpen(contentKey, encrypted.subarray(1), additionalData(recordId));
}

function additionalData(recordId: string): Buffer {
  return Buffer.concat([Buffer.of(contentCipherVersion), Buffer.from(`isp content v1 record:${recordId}`, 'utf8')]);
}
