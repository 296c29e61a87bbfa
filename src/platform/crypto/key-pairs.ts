// X25519 key pairs. Public keys travel and are stored as their raw 32 bytes (RFC 7748), the smallest unambiguous
// form; private keys live in memory as KeyObjects (never printed by accident) and leave it only as raw 32 bytes
// to be wrapped under a password-derived key or written to the offline escrow file.
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';

export const x25519KeyBytes = 32;

export interface X25519KeyPair {
  publicKey: Buffer;
  privateKey: KeyObject;
}

export function generateX25519KeyPair(): X25519KeyPair {
  const { privateKey } = generateKeyPairSync('x25519');
  return { publicKey: rawPublicKey(privateKey), privateKey };
}

/** The raw 32-byte public key of a private (or public) X25519 KeyObject. */
export function rawPublicKey(key: KeyObject): Buffer {
  const jwk = (key.type === 'private' ? createPublicKey(key) : key).export({ format: 'jwk' });
  return Buffer.from(String(jwk.x), 'base64url');
}

export function rawPrivateKey(privateKey: KeyObject): Buffer {
  if (privateKey.type !== 'private' || privateKey.asymmetricKeyType !== 'x25519') throw new TypeError('not an X25519 private key');
  return Buffer.from(String(privateKey.export({ format: 'jwk' }).d), 'base64url');
}

// PKCS#8 DER of an X25519 private key is a fixed 16-byte prefix followed by the raw 32 bytes (RFC 8410).
const pkcs8Prefix = Buffer.from('302e020100300506032b656e04220420', 'hex');

export function privateKeyFromRaw(raw: Buffer): KeyObject {
  if (raw.length !== x25519KeyBytes) throw new RangeError(`an X25519 private key is ${x25519KeyBytes} bytes`);
  return createPrivateKey({ key: Buffer.concat([pkcs8Prefix, raw]), format: 'der', type: 'pkcs8' });
}

export function publicKeyFromRaw(raw: Buffer): KeyObject {
  if (raw.length !== x25519KeyBytes) throw new RangeError(`an X25519 public key is ${x25519KeyBytes} bytes`);
  return createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x: raw.toString('base64url') }, format: 'jwk' });
}
