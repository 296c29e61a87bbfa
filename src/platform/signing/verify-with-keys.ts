// Checking a signed file against a list of public keys, with no database and no network: the same function serves the
// verification page (keys from the database), the CLI (keys from the database, a saved keys file or another
// installation's address) and anyone checking a copy offline.
import { keyFingerprint, verifyEd25519 } from './ed25519.ts';
import { readSignedFile, signingBytes, type MalformedReason } from './signed-file.ts';
import type { JsonObject } from './strict-json.ts';

export interface PublicSigningKey {
  keyId: string;
  /** Raw 32-byte Ed25519 public key. */
  publicKey: Buffer;
  createdAt: string;
  retiredAt: string | null;
  /** Retired because its private half may have leaked: nothing it signed can be vouched for any more. */
  compromised: boolean;
}

export type Verification =
  /** Signed by one of the keys and unchanged since; `retiredAt` when that key has since been replaced. */
  | { verdict: 'genuine'; kind: string; payload: JsonObject; signedAt: string; keyId: string; retiredAt?: string }
  /** Names a known key, but the signature does not match the content: the content or the signature was changed. */
  | { verdict: 'altered'; keyId: string }
  /** Names a key this list does not hold: not signed by this platform (or by a key it does not publish). */
  | { verdict: 'unknown-key'; keyId: string }
  /** The signature matches, but the key was withdrawn as compromised: whoever stole it could have signed this. */
  | { verdict: 'revoked-key'; keyId: string; retiredAt: string }
  /** Not a readable signed file at all. */
  | { verdict: 'malformed'; reason: MalformedReason; field?: string };

export function verifyWithKeys(input: string | Uint8Array, keys: readonly PublicSigningKey[]): Verification {
  const read = readSignedFile(input);
  if (!read.ok) return { verdict: 'malformed', reason: read.reason, ...(read.field ? { field: read.field } : {}) };
  const { file } = read;
  // The name a key list gives a key is not trusted: the fingerprint is recomputed from the key itself.
  const key = keys.find((candidate) => candidate.publicKey.length === 32 && keyFingerprint(candidate.publicKey) === file.keyId);
  if (!key) return { verdict: 'unknown-key', keyId: file.keyId };
  if (!verifyEd25519(key.publicKey, signingBytes(file.signed), file.signature)) return { verdict: 'altered', keyId: file.keyId };
  if (key.compromised) return { verdict: 'revoked-key', keyId: file.keyId, retiredAt: key.retiredAt ?? key.createdAt };
  return {
    verdict: 'genuine', kind: file.kind, payload: file.payload, signedAt: file.signedAt, keyId: file.keyId,
    ...(key.retiredAt ? { retiredAt: key.retiredAt } : {}),
  };
}
