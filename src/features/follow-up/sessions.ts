// Follow-up sessions: a random token in a signed, HttpOnly, SameSite=Strict cookie that only /follow-up pages
// receive; its hash in the database with an expiry that slides on each request and ends after 30 idle minutes.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../db/database.ts';
import { hashToken, newToken } from '../../platform/tokens.ts';
import {
  deleteFollowUpSession, extendFollowUpSession, findFollowUpSession, insertFollowUpSession,
} from './follow-up.repository.ts';
import { followUpIdleMinutes } from './limits.ts';

const cookieName = 'follow_up';
const cookieOptions = (secure: boolean) => ({ path: '/follow-up', httpOnly: true, sameSite: 'strict' as const, secure, signed: true });

function expiryFrom(now: Date): string {
  return new Date(now.getTime() + followUpIdleMinutes * 60_000).toISOString();
}

export async function startFollowUpSession(db: Db, submissionId: string, now: Date): Promise<string> {
  const token = newToken();
  await insertFollowUpSession(db, hashToken(token), submissionId, expiryFrom(now));
  return token;
}

/** A browser-session cookie (no Max-Age): closing the browser ends it too. */
export function setFollowUpCookie(reply: FastifyReply, token: string, secure: boolean): void {
  reply.setCookie(cookieName, token, cookieOptions(secure));
}

export function clearFollowUpCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(cookieName, cookieOptions(secure));
}

/** The hash of this request's follow-up token, when its cookie carries a valid signature. */
export function followUpTokenHash(request: FastifyRequest): string | null {
  const signed = request.cookies[cookieName];
  if (!signed) return null;
  const unsigned = request.unsignCookie(signed);
  return unsigned.valid && unsigned.value ? hashToken(unsigned.value) : null;
}

export type FollowUpSession =
  | { kind: 'none' }
  | { kind: 'expired' }
  | { kind: 'open'; submissionId: string; tokenHash: string };

/** The session this request belongs to; a live one is extended, an ended one deleted. */
export async function resumeFollowUpSession(db: Db, request: FastifyRequest, now: Date): Promise<FollowUpSession> {
  const tokenHash = followUpTokenHash(request);
  if (!tokenHash) return { kind: 'none' };
  const session = await findFollowUpSession(db, tokenHash);
  if (!session) return { kind: 'expired' };
  if (session.expiresAt <= now.toISOString()) {
    await deleteFollowUpSession(db, tokenHash);
    return { kind: 'expired' };
  }
  await extendFollowUpSession(db, tokenHash, expiryFrom(now));
  return { kind: 'open', submissionId: session.submissionId, tokenHash };
}

export async function endFollowUpSession(db: Db, tokenHash: string | null): Promise<void> {
  if (tokenHash) await deleteFollowUpSession(db, tokenHash);
}
