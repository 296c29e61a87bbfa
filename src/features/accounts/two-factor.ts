// TOTP (RFC 6238: SHA-1, 6 digits, 30 s) as every authenticator app speaks it, and single-use recovery codes.
import { createHash, randomInt, type KeyObject } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { openSealed, seal } from '../../platform/crypto/index.ts';

export const totpPeriodSeconds = 30;
export const recoveryCodeCount = 10;
const issuer = 'Solidarity platform';

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(secretBase32: string, label = 'staff'): TOTP {
  return new TOTP({ issuer, label, algorithm: 'SHA1', digits: 6, period: totpPeriodSeconds, secret: Secret.fromBase32(secretBase32) });
}

/** The otpauth:// address an authenticator app reads (typed or pasted; no third-party QR service). */
export function totpUri(secretBase32: string, email: string): string {
  return totp(secretBase32, email).toString();
}

export function stepOf(now: Date): number {
  return Math.floor(now.getTime() / 1000 / totpPeriodSeconds);
}

/** The time step a code belongs to, accepting one step either side for clock drift; null when it matches none. */
export function matchingStep(secretBase32: string, code: string, now: Date): number | null {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totp(secretBase32).validate({ token, timestamp: now.getTime(), window: 1 });
  return delta === null ? null : stepOf(now) + delta;
}

/** The code for a moment (tests and the browser journey act as the authenticator app). */
export function totpCode(secretBase32: string, at: Date): string {
  return totp(secretBase32).generate({ timestamp: at.getTime() });
}

// 31 letters and digits without look-alikes (0/o, 1/l/i): 16 of them carry 79 bits, beyond guessing or reversing.
const recoveryAlphabet = 'abcdefghjkmnpqrstuvwxyz23456789';

export function newRecoveryCodes(): string[] {
  return Array.from({ length: recoveryCodeCount }, () => {
    const chars = Array.from({ length: 16 }, () => recoveryAlphabet[randomInt(recoveryAlphabet.length)]).join('');
    return chars.match(/.{4}/g)!.join('-');
  });
}

export function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(`recovery:${normaliseRecoveryCode(code)}`).digest('hex');
}

/** Looks like a recovery code rather than an app code: worth checking against the stored hashes. */
export function looksLikeRecoveryCode(code: string): boolean {
  return normaliseRecoveryCode(code).length === 16;
}

/** The secret in groups of four, easier to type into an app by hand. */
export function groupSecret(secretBase32: string): string {
  return secretBase32.match(/.{1,4}/g)!.join(' ');
}

// The secret is sealed to the member's own public key rather than encrypted under a key derived from SESSION_SECRET:
// opening it then needs their password (which unwraps the private key), so a stolen database together with the
// server's secrets still cannot produce codes.
export function sealTotpSecret(secretBase32: string, publicKey: Buffer): Buffer {
  return seal(Buffer.from(secretBase32, 'utf8'), publicKey, 'totp-secret');
}

export function openTotpSecret(sealed: Buffer, privateKey: KeyObject): string {
  return openSealed(sealed, privateKey, 'totp-secret').toString('utf8');
}
