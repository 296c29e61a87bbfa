// The member's pseudonym secret at rest: 32 random bytes wrapped under a key derived from their password
// (argon2id, a salt per wrap), bound to their account id. The server alone, or a copy of the database, never has it.
import { createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import { deriveKeyEncryptionKey, kekSaltBytes, unwrapUnderSecret, wrapUnderSecret } from '../../platform/crypto/index.ts';
import type { WrappedSecret } from './members.repository.ts';

export const pseudonymSecretBytes = 32;

export function newPseudonymSecret(): KeyObject {
  return createSecretKey(randomBytes(pseudonymSecretBytes));
}

export async function wrapPseudonymSecret(secret: KeyObject, password: string, memberId: string): Promise<WrappedSecret> {
  const salt = randomBytes(kekSaltBytes);
  const kek = await deriveKeyEncryptionKey(password, salt);
  return { wrapped: wrapUnderSecret(secret.export(), kek, 'member-pseudonym-secret', memberId), salt };
}

/** The secret back as a key object (kept out of logs and string conversions); DecryptionFailedError on a wrong password. */
export async function unwrapPseudonymSecret(stored: WrappedSecret, password: string, memberId: string): Promise<KeyObject> {
  const kek = await deriveKeyEncryptionKey(password, stored.salt);
  return createSecretKey(unwrapUnderSecret(stored.wrapped, kek, 'member-pseudonym-secret', memberId));
}
