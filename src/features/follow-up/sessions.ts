// Follow-up sessions: a random token in a signed, HttpOnly, SameSite=Strict cookie that only /follow-up pages
// receive; its hash in the database with an expiry that slides on each request and ends after 30 idle minutes.
// The input's content key rides with the session wrapped under the cookie's token: the database row alone opens
// nothing, and any app instance can serve the session (no key in one process's memory).
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../db/database.ts';
import { unwrapUnderSecret, wrapUnderSecret } from '../../platform/crypto/index.ts';
import { hashToken, newToken } from '../../platform/tokens.ts';
import { InputCipher } from '../submissions/index.ts';
import {
  deleteFollowUpSession, extendFollowUpSession, findFollowUpSession, insertFollowUpSession,
} from './follow-up.repository.ts';
import { followUpIdleMinutes } from './limits.ts';

const cookieName = 'follow_up';
const cookieOptions = (secure: boolean) => ({ path: '/follow-up', httpOnly: true, sameSite: 'strict' as const, secure, signed: true });

function expiryFrom(now: Date): string {
  return new Date(now.getTime() + followUpIdleMinutes * 60_000).toISOString();
}

export async function startFollowUpSession(db: Db, cipher: InputCipher, now: Date): Promise<string> {
  const token = newToken();
  const keyBox = wrapUnderSecret(cipher.contentKey, token, 'follow-up-session', cipher.submissionId);
  await insertFollowUpSession(db, { tokenHash: hashToken(token), submissionId: cipher.submissionId, expiresAt: expiryFrom(now), keyBox });
  return token;
}

/** A browser-session cookie (no Max-Age): closing the browser ends it too. */
export function setFollowUpCookie(reply: FastifyReply, token: string, secure: boolean): void {
  reply.setCookie(cookieName, token, cookieOptions(secure));
}

export function clearFollowUpCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(cookieName, cookieOptions(secure));
}

/** This request's follow-up token, when its cookie carries a valid signature. */
function followUpToken(request: FastifyRequest): string | null {
  const signed = request.cookies[cookieName];
  if (!signed) return null;
  const unsigned = request.unsignCookie(signed);
  return unsigned.valid && unsigned.value ? unsigned.value : null;
}

export function followUpTokenHash(request: FastifyRequest): string | null {
  const token = followUpToken(request);
  return token ? hashToken(token) : null;
}

export type FollowUpSession =
  | { kind: 'none' }
  | { kind: 'expired' }
  | { kind: 'open'; submissionId: string; tokenHash: string; cipher: InputCipher };

/** The session this request belongs to; a live one is extended, an ended one deleted. */
export async function resumeFollowUpSession(db: Db, request: FastifyRequest, now: Date): Promise<FollowUpSession> {
  const token = followUpToken(request);
  if (!token) return { kind: 'none' };
  const tokenHash = hashToken(token);
  const session = await findFollowUpSession(db, tokenHash);
  if (!session) return { kind: 'expired' };
  if (session.expiresAt <= now.toISOString() || !session.keyBox) {
    await deleteFollowUpSession(db, tokenHash);
    return { kind: 'expired' };
  }
  await extendFollowUpSession(db, tokenHash, expiryFrom(now));
  const contentKey = unwrapUnderSecret(session.keyBox, token, 'follow-up-session', session.submissionId);
  return { kind: 'open', submissionId: session.submissionId, tokenHash, cipher: InputCipher.withKey(session.submissionId, contentKey) };
}

export async function endFollowUpSession(db: Db, tokenHash: string | null): Promise<void> {
  if (tokenHash) await deleteFollowUpSession(db, tokenHash);
}
