// Staff sessions: a random token in a signed cookie, only its hash in the database, an expiry the server enforces.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db, Transaction } from '../../db/database.ts';
import { hashToken, newToken } from '../../platform/tokens.ts';
import { insertSession } from './accounts.repository.ts';
import { staffSessionCookie } from './staff.ts';

export async function startSession(db: Db | Transaction, userId: string, now: Date, sessionHours: number): Promise<string> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + sessionHours * 3600_000).toISOString();
  await insertSession(db, hashToken(token), userId, now.toISOString(), expiresAt);
  return token;
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
  const signed = request.cookies[staffSessionCookie];
  if (!signed) return null;
  const unsigned = request.unsignCookie(signed);
  return unsigned.valid && unsigned.value ? hashToken(unsigned.value) : null;
}
