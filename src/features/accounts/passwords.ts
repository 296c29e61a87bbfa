// Staff passwords: argon2id at the OWASP minimum (19 MiB, 2 passes), and the few rules worth enforcing.
import { hash, verify, type Algorithm, type Options } from '@node-rs/argon2';

// Algorithm is an ambient const enum, which isolated modules cannot read; 2 is its Argon2id member.
const argon2id = 2 as Algorithm;
const options: Options = { algorithm: argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const passwordMinLength = 12;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/** Verifies against a throwaway hash, so an unknown email takes as long to refuse as a wrong password. */
export async function spendVerifyTime(password: string): Promise<void> {
  dummyHash ??= hashPassword('not-a-real-password-only-for-timing');
  await verifyPassword(await dummyHash, password);
}

/** What is wrong with a new password (a message), or null. Length beats composition rules (NIST 800-63B). */
export function passwordProblem(password: string, email: string): { key: string; values?: Record<string, number> } | null {
  if (password.length < passwordMinLength) return { key: 'accounts.error-password-short', values: { min: passwordMinLength } };
  if (email && password.trim().toLowerCase() === email.trim().toLowerCase()) return { key: 'accounts.error-password-is-email' };
  return null;
}
