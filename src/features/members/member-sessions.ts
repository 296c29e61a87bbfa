// Member sessions: a random token in a signed cookie, only its hash in the database, a fixed expiry.
import type { KeyObject } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config.ts';
import type { Db, Transaction } from '../../db/database.ts';
import { hashToken, newToken } from '../../platform/tokens.ts';
import type { MemberKeyrings } from './member-keyring.ts';
import { memberPendingCookie, memberSessionCookie } from './member.ts';
import { deleteExpiredMemberSessions, insertMemberSession } from './members.repository.ts';

/** What the sign-in use cases share: the database, this process's keyrings, and the settings they read. */
export interface MemberSignInDeps {
  db: Db;
  keyrings: MemberKeyrings;
  config: Pick<Config, 'sessionSecret' | 'memberSessionHours' | 'baseUrl'>;
}

export interface StartedMemberSession {
  token: string;
  tokenHash: string;
  expiresAt: Date;
}

/** A fixed lifetime (config's memberSessionHours), not sliding: the pseudonym secret is held no longer than this. */
export async function startMemberSession(db: Db | Transaction, memberId: string, hours: number, now: Date): Promise<StartedMemberSession> {
  const token = newToken();
  const tokenHash = hashToken(token);
  const expiresAt = new Date(now.getTime() + hours * 3600_000);
  await insertMemberSession(db, tokenHash, memberId, now.toISOString(), expiresAt.toISOString());
  return { token, tokenHash, expiresAt };
}

/** Every factor is done: the session starts and the pseudonym secret the password unwrapped enters the keyring. */
export async function openMemberSession(deps: MemberSignInDeps, memberId: string, secret: KeyObject, now: Date): Promise<string> {
  // Housekeeping rides on sign-in: expired rows are useless and would only grow the table.
  await deleteExpiredMemberSessions(deps.db, now.toISOString());
  const session = await startMemberSession(deps.db, memberId, deps.config.memberSessionHours, now);
  deps.keyrings.sessions.put(session.tokenHash, memberId, secret, session.expiresAt, now);
  return session.token;
}

// SameSite=Lax, unlike staff cookies: members arrive from links in notification emails and must arrive signed in.
// Every POST still needs its CSRF token, which is what Strict would otherwise add.
const sessionOptions = (secure: boolean) => ({ path: '/', httpOnly: true, sameSite: 'lax' as const, secure, signed: true });
// The half-done sign-in (password accepted, code awaited) is sent only to the sign-in pages.
const pendingOptions = (secure: boolean) => ({ path: '/sign-in', httpOnly: true, sameSite: 'strict' as const, secure, signed: true });

/** A browser-session cookie (no Max-Age): closing the browser on a shared computer ends it too. */
export function setMemberSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  reply.setCookie(memberSessionCookie, token, sessionOptions(secure));
}

export function clearMemberSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(memberSessionCookie, sessionOptions(secure));
}

export function setMemberPendingCookie(reply: FastifyReply, token: string, secure: boolean): void {
  reply.setCookie(memberPendingCookie, token, pendingOptions(secure));
}

export function clearMemberPendingCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(memberPendingCookie, pendingOptions(secure));
}

export function memberSessionHash(request: FastifyRequest): string | null {
  return signedCookieHash(request, memberSessionCookie);
}

export function memberPendingHash(request: FastifyRequest): string | null {
  return signedCookieHash(request, memberPendingCookie);
}

function signedCookieHash(request: FastifyRequest, name: string): string | null {
  const signed = request.cookies[name];
  if (!signed) return null;
  const unsigned = request.unsignCookie(signed);
  return unsigned.valid && unsigned.value ? hashToken(unsigned.value) : null;
}
