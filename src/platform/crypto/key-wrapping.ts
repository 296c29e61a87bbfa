// A staff member's private key at rest: wrapped (AES-256-GCM) under a key derived from their password with
// argon2id, so the database alone never yields it. Layout: version (1) || nonce (12) || wrapped key || tag (16).
// The salt is stored beside it (kek_salt); version 1 means argon2id m=19456 KiB, t=2, p=1, 32-byte output.
import { randomBytes, type KeyObject } from 'node:crypto';
import { hashRaw, type Algorithm } from '@node-rs/argon2';
import { aeadOpen, aeadSeal } from './aead.ts';
import { DecryptionFailedError, UnsupportedFormatError, WrongPasswordError } from './errors.ts';
import { privateKeyFromRaw, rawPrivateKey } from './key-pairs.ts';

export const keyWrapVersion = 1;
export const kekSaltBytes = 16;
// Algorithm is an ambient const enum, which isolated modules cannot read; 2 is its Argon2id member.
const argon2id = 2 as Algorithm;
const kdfOptions = { algorithm: argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;
const aad = Buffer.from(`isp wrapped-private-key v${keyWrapVersion}`, 'utf8');

export interface WrappedPrivateKey {
  wrapped: Buffer;
  salt: Buffer;
}

/** The key-encryption key for a password and salt (~100 ms: slow on purpose, it is what a thief must repeat). */
export async function deriveKeyEncryptionKey(password: string, salt: Buffer): Promise<Buffer> {
  if (salt.length !== kekSaltBytes) throw new RangeError(`a key-encryption salt is ${kekSaltBytes} bytes`);
  return hashRaw(password, { ...kdfOptions, salt });
}

export async function wrapPrivateKey(privateKey: KeyObject, password: string): Promise<WrappedPrivateKey> {
  const salt = randomBytes(kekSaltBytes);
  return { wrapped: wrapWithKey(privateKey, await deriveKeyEncryptionKey(password, salt)), salt };
}

/** Opens a wrapped private key; a wrong password throws WrongPasswordError, never a wrong key. */
export async function unwrapPrivateKey(stored: WrappedPrivateKey, password: string): Promise<KeyObject> {
  if (stored.wrapped[0] !== keyWrapVersion) throw new UnsupportedFormatError('wrapped key', stored.wrapped[0]);
  const kek = await deriveKeyEncryptionKey(password, stored.salt);
  try {
    return unwrapWithKey(stored.wrapped, kek);
  } catch (error) {
    if (error instanceof DecryptionFailedError) throw new WrongPasswordError();
    throw error;
  }
}

export function wrapWithKey(privateKey: KeyObject, kek: Buffer): Buffer {
  return Buffer.concat([Buffer.of(keyWrapVersion), aeadSeal(kek, rawPrivateKey(privateKey), aad)]);
}

export function unwrapWithKey(wrapped: Buffer, kek: Buffer): KeyObject {
  if (wrapped[0] !== keyWrapVersion) throw new UnsupportedFormatError('wrapped key', wrapped[0]);
  return privateKeyFromRaw(aeadOpen(kek, wrapped.subarray(1), aad));
}
