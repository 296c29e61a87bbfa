// Staff sessions: a random token in a signed cookie, only its hash in the database, an expiry the server enforces.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db, Transaction } from '../../db/database.ts';
import { hashToken, newToken } from '../../platform/tokens.ts';
import { insertSession } from './accounts.repository.ts';
import { pendingSignInCookie, staffSessionCookie } from './staff.ts';

export interface StartedSession {
  token: string;
  tokenHash: string;
  expiresAt: Date;
}

export async function startSession(db: Db | Transaction, userId: string, now: Date, sessionHours: number): Promise<StartedSession> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + sessionHours * 3600_000);
  const tokenHash = hashToken(token);
  await insertSession(db, tokenHash, userId, now.toISOString(), expiresAt.toISOString());
  return { token, tokenHash, expiresAt };
}

/** A browser-session cookie (no Max-Age): closing the browser on a shared computer ends it too. */
export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  reply.setCookie(staffSessionCookie, token, { path: '/', httpOnly: true, sameSite: 'strict', secure, signed: true });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(staffSessionCookie, { path: '/', httpOnly: true, sameSite: 'strict', secure, signed: true });
}

/** The hash of this request's session token, when its cookie carries a valid signature. */
export function sessionTokenHash(request: FastifyRequest): string | null {
  return signedCookieHash(request, staffSessionCookie);
}

// The half-done sign-in (password accepted, code awaited) has its own cookie, sent only to the sign-in pages.
const pendingCookieOptions = (secure: boolean) => ({ path: '/staff/sign-in', httpOnly: true, sameSite: 'strict' as const, secure, signed: true });

export function setPendingCookie(reply: FastifyReply, token: string, secure: boolean): void {
  reply.setCookie(pendingSignInCookie, token, pendingCookieOptions(secure));
}

export function clearPendingCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(pendingSignInCookie, pendingCookieOptions(secure));
}

export function pendingTokenHash(request: FastifyRequest): string | null {
  return signedCookieHash(request, pendingSignInCookie);
}

function signedCookieHash(request: FastifyRequest, name: string): string | null {
  const signed = request.cookies[name];
  if (!signed) return null;
  const unsigned = request.unsignCookie(signed);
  return unsigned.valid && unsigned.value ? hashToken(unsigned.value) : null;
}
