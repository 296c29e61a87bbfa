// At-risk authorship. A member's pseudonym in a context (a network, a forum, a thread) is an HMAC of the context
// under their pseudonym secret: the same in that context every time, unrelated across contexts, and computable only
// while their session holds the secret their password unwrapped. Content stores the pseudonym, never the member id.
import { createHmac, timingSafeEqual, type KeyObject } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { pseudonymSecretOf } from './member-identity.tsx';

export interface Pseudonym {
  /** 32 Crockford base32 characters (160 bits of the HMAC): what content stores in place of the author. */
  pseudonymId: string;
  /** A readable, stable name made from the id, such as "Participant 7F3K-Q2". */
  label: string;
}

export type Authorship =
  | { kind: 'member'; memberId: string; displayName: string }
  | { kind: 'pseudonym'; pseudonymId: string; label: string };

/** The member is signed in but their secret is not in this process (it restarted since they signed in). */
export class PseudonymUnavailableError extends Error {
  constructor() {
    super('the pseudonym secret is not at hand: the member must sign in again');
  }
}

const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function base32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += crockford[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

export function pseudonymIdFor(secret: KeyObject, context: string): string {
  return base32(createHmac('sha256', secret).update(`pseudonym:${context}`).digest().subarray(0, 20));
}

export function pseudonymLabel(pseudonymId: string): string {
  return `Participant ${pseudonymId.slice(0, 4)}-${pseudonymId.slice(4, 6)}`;
}

export function pseudonymFor(request: FastifyRequest, context: string): Pseudonym {
  const secret = request.member ? pseudonymSecretOf(request) : null;
  if (!secret) throw new PseudonymUnavailableError();
  const pseudonymId = pseudonymIdFor(secret, context);
  return { pseudonymId, label: pseudonymLabel(pseudonymId) };
}

/** How a post by the signed-in member is to be signed: their name, or in at-risk mode their pseudonym there. */
export function authorshipFor(request: FastifyRequest, context: string): Authorship {
  const member = request.member;
  if (!member) throw new Error('authorshipFor needs a signed-in member (use requireMember())');
  if (member.atRisk) return { kind: 'pseudonym', ...pseudonymFor(request, context) };
  return { kind: 'member', memberId: member.id, displayName: member.displayName };
}

/** Whether a stored pseudonym is the signed-in member's in that context (false without a secret at hand). */
export function isMyPseudonym(request: FastifyRequest, context: string, pseudonymId: string): boolean {
  const secret = request.member ? pseudonymSecretOf(request) : null;
  if (!secret) return false;
  const mine = Buffer.from(pseudonymIdFor(secret, context));
  const given = Buffer.from(pseudonymId);
  return mine.length === given.length && timingSafeEqual(mine, given);
}
