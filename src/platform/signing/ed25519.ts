// Ed25519 with node:crypto (RFC 8032): deterministic signatures, small keys, no parameters to get wrong. Public keys
// travel as their raw 32 bytes; private keys stay KeyObjects in memory and leave it only as the raw 32-byte seed, to
// be wrapped before storage. A key is named by its fingerprint, which anyone can recompute from the public key.
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';

export const ed25519KeyBytes = 32;
export const ed25519SignatureBytes = 64;

export interface Ed25519KeyPair {
  publicKey: Buffer;
  privateKey: KeyObject;
}

export function generateEd25519KeyPair(): Ed25519KeyPair {
  const { privateKey } = generateKeyPairSync('ed25519');
  return { publicKey: Buffer.from(String(privateKey.export({ format: 'jwk' }).x), 'base64url'), privateKey };
}

export function ed25519Seed(privateKey: KeyObject): Buffer {
  if (privateKey.type !== 'private' || privateKey.asymmetricKeyType !== 'ed25519') throw new TypeError('not an Ed25519 private key');
  return Buffer.from(String(privateKey.export({ format: 'jwk' }).d), 'base64url');
}

// PKCS#8 DER of an Ed25519 private key is a fixed 16-byte prefix followed by the 32-byte seed (RFC 8410).
const pkcs8Prefix = Buffer.from('302e020100300506032b657004220420', 'hex');

export function ed25519PrivateKeyFromSeed(seed: Buffer): KeyObject {
  if (seed.length !== ed25519KeyBytes) throw new RangeError(`an Ed25519 seed is ${ed25519KeyBytes} bytes`);
  return createPrivateKey({ key: Buffer.concat([pkcs8Prefix, seed]), format: 'der', type: 'pkcs8' });
}

export function ed25519PublicKeyFromRaw(raw: Buffer): KeyObject {
  if (raw.length !== ed25519KeyBytes) throw new RangeError(`an Ed25519 public key is ${ed25519KeyBytes} bytes`);
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' });
}

/**
 * The first 128 bits of SHA-256 of the raw public key, in hex. Long enough that nobody can make another key with the
 * same name; short enough to read aloud and compare with the list on the verification page.
 */
export function keyFingerprint(publicKey: Buffer): string {
  return createHash('sha256').update(publicKey).digest().subarray(0, 16).toString('hex');
}

/** "3f2a 9b1c …": the fingerprint in groups of four, as people compare it. */
export function groupedFingerprint(keyId: string): string {
  return keyId.replace(/(.{4})(?=.)/g, '$1 ');
}

export function signEd25519(privateKey: KeyObject, message: Buffer): Buffer {
  return sign(null, message, privateKey);
}

export function verifyEd25519(publicKey: Buffer, message: Buffer, signature: Buffer): boolean {
  if (signature.length !== ed25519SignatureBytes) return false;
  return verify(null, message, ed25519PublicKeyFromRaw(publicKey), signature);
}
