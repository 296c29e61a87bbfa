// Wraps a content key under a secret that someone holds outside the database: a draft's link token, a key derived
// from a receipt code, a follow-up session's cookie token. The wrapping key comes from HKDF over that secret, with
// the purpose in its info, so a box made for one purpose never opens as another; the record id is authenticated.
// Layout: version (1) || nonce (12) || wrapped key || tag (16).
import { hkdfSync } from 'node:crypto';
import { aeadOpen, aeadSeal, keyBytes } from './aead.ts';
import { UnsupportedFormatError } from './errors.ts';

export const secretWrapVersion = 1;

/** What a wrap is for; it feeds HKDF's info. */
export type WrapPurpose = 'draft-link' | 'receipt-code' | 'follow-up-session' | 'mail-import-upload' | 'member-pseudonym-secret' | 'member-totp-secret' | 'test';

function wrappingKey(secret: Buffer | string, purpose: WrapPurpose): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, '', `isp secret-wrap v${secretWrapVersion} ${purpose}`, keyBytes));
}

function additionalData(purpose: WrapPurpose, recordId: string): Buffer {
  return Buffer.from(`isp secret-wrap v${secretWrapVersion} ${purpose} record:${recordId}`, 'utf8');
}

export function wrapUnderSecret(key: Buffer, secret: Buffer | string, purpose: WrapPurpose, recordId: string): Buffer {
  return Buffer.concat([Buffer.of(secretWrapVersion), aeadSeal(wrappingKey(secret, purpose), key, additionalData(purpose, recordId))]);
}

/** The key back; DecryptionFailedError when the secret, the purpose or the record is not the one it was wrapped for. */
export function unwrapUnderSecret(box: Buffer, secret: Buffer | string, purpose: WrapPurpose, recordId: string): Buffer {
  if (box[0] !== secretWrapVersion) throw new UnsupportedFormatError('secret wrap', box[0]);
  return aeadOpen(wrappingKey(secret, purpose), box.subarray(1), additionalData(purpose, recordId));
}
