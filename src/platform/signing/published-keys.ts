// The public keys as a document anyone can fetch (/.well-known/isp-signing-keys.json), save, and check copies against
// offline. It is not signed itself: it is trusted because it came from the platform's own address over HTTPS, and its
// fingerprints can be compared with the ones the verification page shows. Reading it back recomputes every
// fingerprint, so a list that names a key wrongly is refused rather than believed.
import { ed25519KeyBytes, keyFingerprint } from './ed25519.ts';
import { parseStrictJson, StrictJsonError, type JsonValue } from './strict-json.ts';
import type { PublicSigningKey } from './verify-with-keys.ts';

export const publishedKeysFormat = 'isp-signing-keys/1';
export const publishedKeysPath = '/.well-known/isp-signing-keys.json';

export class PublishedKeysError extends Error {
  constructor(problem: string) {
    super(`not a signing keys list: ${problem}`);
    this.name = 'PublishedKeysError';
  }
}

export function publishedKeysDocument(platform: string, keys: readonly PublicSigningKey[]) {
  return {
    format: publishedKeysFormat,
    platform,
    keys: keys.map((key) => ({
      keyId: key.keyId, algorithm: 'Ed25519', publicKey: key.publicKey.toString('base64url'),
      createdAt: key.createdAt, retiredAt: key.retiredAt, compromised: key.compromised,
    })),
  };
}

const isText = (value: JsonValue | undefined): value is string => typeof value === 'string';

export function readPublishedKeys(text: string): { platform: string; keys: PublicSigningKey[] } {
  let document: JsonValue;
  try {
    document = parseStrictJson(text.replace(/^\ufeff/, ''));
  } catch (error) {
    if (error instanceof StrictJsonError) throw new PublishedKeysError(error.message);
    throw error;
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document) || document.format !== publishedKeysFormat) {
    throw new PublishedKeysError(`its format is not ${publishedKeysFormat}`);
  }
  if (!Array.isArray(document.keys)) throw new PublishedKeysError('it has no list of keys');
  const keys = document.keys.map((entry, i): PublicSigningKey => {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) throw new PublishedKeysError(`key ${i} is not an object`);
    const { keyId, algorithm, publicKey, createdAt, retiredAt, compromised } = entry;
    const raw = isText(publicKey) ? Buffer.from(publicKey, 'base64url') : Buffer.alloc(0);
    if (algorithm !== 'Ed25519' || raw.length !== ed25519KeyBytes) throw new PublishedKeysError(`key ${i} is not an Ed25519 public key`);
    if (keyId !== keyFingerprint(raw)) throw new PublishedKeysError(`key ${i} is named ${String(keyId)} but its fingerprint is ${keyFingerprint(raw)}`);
    if (!isText(createdAt) || !(retiredAt === null || isText(retiredAt)) || typeof compromised !== 'boolean') {
      throw new PublishedKeysError(`key ${i} lacks its dates or its compromised flag`);
    }
    return { keyId, publicKey: raw, createdAt, retiredAt, compromised };
  });
  return { platform: isText(document.platform) ? document.platform : '', keys };
}
