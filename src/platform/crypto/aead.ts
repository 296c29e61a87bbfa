// AES-256-GCM in one place: a random 96-bit nonce per message, a 128-bit tag, and a typed error on any mismatch.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { DecryptionFailedError } from './errors.ts';

export const nonceBytes = 12;
export const tagBytes = 16;
export const keyBytes = 32;

/** nonce || ciphertext || tag. Random nonces are safe here: each key seals far fewer than 2^32 messages. */
export function aeadSeal(key: Buffer, plaintext: Buffer, aad: Buffer): Buffer {
  if (key.length !== keyBytes) throw new RangeError(`an AES-256-GCM key is ${keyBytes} bytes`);
  const nonce = randomBytes(nonceBytes);
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: tagBytes });
  cipher.setAAD(aad);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([nonce, body, cipher.getAuthTag()]);
}

export function aeadOpen(key: Buffer, sealed: Buffer, aad: Buffer): Buffer {
  if (key.length !== keyBytes) throw new RangeError(`an AES-256-GCM key is ${keyBytes} bytes`);
  if (sealed.length < nonceBytes + tagBytes) throw new DecryptionFailedError('ciphertext too short');
  const nonce = sealed.subarray(0, nonceBytes);
  const tag = sealed.subarray(sealed.length - tagBytes);
  const decipher = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: tagBytes });
  decipher.setAAD(aad);
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(sealed.subarray(nonceBytes, sealed.length - tagBytes)), decipher.final()]);
  } catch {
    throw new DecryptionFailedError();
  }
}
