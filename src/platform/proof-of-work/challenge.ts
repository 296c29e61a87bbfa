// A proof-of-work challenge, issued with every anonymous form and checked on its POST without any server state:
// a random nonce, when it was issued and how hard it is, authenticated with a key derived from SESSION_SECRET.
// Nothing about the person goes in (no IP address, no user agent): it proves work or waiting, never identity.
import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

const version = 'v1';

/** Long enough to finish a long answer with the solution still valid; afterwards a post pays the wait instead. */
export const challengeLifetimeMinutes = 120;

export interface Challenge {
  /** The random nonce: what the table of spent challenges records. */
  id: string;
  issuedAt: Date;
  expiresAt: Date;
  /** Leading zero bits SHA-256(challenge:solution) must have. */
  difficultyBits: number;
}

export type ReadChallenge =
  | { kind: 'valid'; challenge: Challenge }
  | { kind: 'missing' | 'tampered' | 'expired' };

const keys = new Map<string, Buffer>();
/** A key of its own (HKDF), so a challenge's MAC can never stand for a cookie signature or a receipt-code hash. */
function challengeKey(siteSecret: string): Buffer {
  let key = keys.get(siteSecret);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', siteSecret, '', 'proof-of-work challenge', 32));
    keys.set(siteSecret, key);
  }
  return key;
}

function mac(siteSecret: string, body: string): Buffer {
  return createHmac('sha256', challengeKey(siteSecret)).update(body).digest();
}

/** `v1.<nonce>.<issued-at ms>.<bits>.<mac>`: plain text a browser can hash as it is. */
export function issueChallenge(siteSecret: string, now: Date, difficultyBits: number): string {
  const body = [version, randomBytes(16).toString('base64url'), String(now.getTime()), String(difficultyBits)].join('.');
  return `${body}.${mac(siteSecret, body).toString('base64url')}`;
}

export function readChallenge(siteSecret: string, text: string, now: Date): ReadChallenge {
  if (text === '') return { kind: 'missing' };
  const match = /^(v1\.([A-Za-z0-9_-]{22})\.(\d{1,15})\.(\d{1,2}))\.([A-Za-z0-9_-]{43})$/.exec(text);
  if (!match) return { kind: 'tampered' };
  const [, body, id, issued, bits, given] = match as unknown as [string, string, string, string, string, string];
  if (!timingSafeEqual(Buffer.from(given, 'base64url'), mac(siteSecret, body))) return { kind: 'tampered' };
  const issuedAt = new Date(Number(issued));
  const expiresAt = new Date(issuedAt.getTime() + challengeLifetimeMinutes * 60_000);
  // A challenge from the future was issued by a clock that has since gone back: treat it as unusable, not as eternal.
  if (now >= expiresAt || issuedAt.getTime() > now.getTime() + 60_000) return { kind: 'expired' };
  return { kind: 'valid', challenge: { id, issuedAt, expiresAt, difficultyBits: Number(bits) } };
}
