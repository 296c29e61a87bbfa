// Seals a small secret (a content key) to an X25519 public key, so only the holder of the private key opens it.
// Layout: version (1) || ephemeral public key (32) || nonce (12) || ciphertext || tag (16): 93 bytes for 32.
import { diffieHellman, hkdfSync, type KeyObject } from 'node:crypto';
import { aeadOpen, aeadSeal, keyBytes, nonceBytes, tagBytes } from './aead.ts';
import { DecryptionFailedError, UnsupportedFormatError } from './errors.ts';
import { generateX25519KeyPair, publicKeyFromRaw, rawPublicKey, x25519KeyBytes } from './key-pairs.ts';

export const sealedBoxVersion = 1;
const headerBytes = 1 + x25519KeyBytes;

/** What a sealed secret is for; a box sealed for one purpose cannot be opened as another (it feeds HKDF's info). */
export type SealContext = 'content-key' | 'totp-secret' | 'test';

export function sealedBoxSize(secretBytes: number): number {
  return headerBytes + nonceBytes + secretBytes + tagBytes;
}

export function seal(secret: Buffer, recipientPublicKey: Buffer, context: SealContext = 'content-key'): Buffer {
  const ephemeral = generateX25519KeyPair();
  const key = boxKey(ephemeral.privateKey, recipientPublicKey, ephemeral.publicKey, recipientPublicKey, context);
  const header = Buffer.concat([Buffer.of(sealedBoxVersion), ephemeral.publicKey]);
  return Buffer.concat([header, aeadSeal(key, secret, header)]);
}

export function openSealed(box: Buffer, privateKey: KeyObject, context: SealContext = 'content-key'): Buffer {
  if (box[0] !== sealedBoxVersion) throw new UnsupportedFormatError('sealed box', box[0]);
  if (box.length < headerBytes + nonceBytes + tagBytes) throw new DecryptionFailedError('sealed box too short');
  const header = box.subarray(0, headerBytes);
  const ephemeralPublic = Buffer.from(box.subarray(1, headerBytes));
  const key = boxKey(privateKey, ephemeralPublic, ephemeralPublic, rawPublicKey(privateKey), context);
  return aeadOpen(key, box.subarray(headerBytes), header);
}

// Salt binds both public keys, so a box re-targeted at another recipient derives another key and fails.
function boxKey(ownPrivate: KeyObject, otherPublic: Buffer, ephemeralPublic: Buffer, recipientPublic: Buffer, context: SealContext): Buffer {
  let shared: Buffer;
  try {
    shared = diffieHellman({ privateKey: ownPrivate, publicKey: publicKeyFromRaw(otherPublic) });
  } catch {
    throw new DecryptionFailedError('invalid X25519 public key');
  }
  // A low-order public key gives an all-zero secret that anyone can compute: refuse it (RFC 7748 §6.1).
  if (shared.every((b) => b === 0)) throw new DecryptionFailedError('invalid X25519 public key');
  const salt = Buffer.concat([ephemeralPublic, recipientPublic]);
  return Buffer.from(hkdfSync('sha256', shared, salt, `isp sealed-box v1 ${context}`, keyBytes));
}
