// Recognises a signed-in staff member on every request, finds their session key, and guards staff routes.
import type { KeyObject } from 'node:crypto';
import type { FastifyReply, FastifyRequest, onRequestHookHandler, preHandlerHookHandler } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { findSessionUser } from './accounts.repository.ts';
import { sessionTokenHash } from './sessions.ts';
import { keyringsOf } from './session-keyring.ts';
import { requiresTwoFactor, type StaffRole } from './staff.ts';

interface SessionState {
  tokenHash: string;
  twoFactorEnabled: boolean;
  privateKey: KeyObject | null;
}

const sessionStates = new WeakMap<FastifyRequest, SessionState>();

export function loadStaffIdentity(deps: AppDeps): onRequestHookHandler {
  const { sessions } = keyringsOf(deps);
  return async (request: FastifyRequest) => {
    const tokenHash = sessionTokenHash(request);
    if (!tokenHash) return;
    const now = deps.clock.now();
    const user = await findSessionUser(deps.db, tokenHash, now.toISOString());
    if (!user) {
      sessions.drop(tokenHash);
      return;
    }
    request.staff = { id: user.id, displayName: user.displayName, role: user.role };
    sessionStates.set(request, { tokenHash, twoFactorEnabled: user.twoFactorEnabled, privateKey: sessions.get(tokenHash, now) });
  };
}

/**
 * The signed-in member's unwrapped private key for this request, or null: not signed in, or the key is gone
 * (the process restarted since they signed in). Pages that need it say so and ask them to sign in again.
 */
export function privateKeyOf(request: FastifyRequest): KeyObject | null {
  return sessionStates.get(request)?.privateKey ?? null;
}

/** The hash of the session this request is signed in with (the keyring's key), or null. */
export function signedInSessionHash(request: FastifyRequest): string | null {
  return sessionStates.get(request)?.tokenHash ?? null;
}

/**
 * A staff route's guard: anonymous readers go to sign-in and come back; a role outside the list gets 404; a member
 * whose role can decrypt is sent to set up their second factor until it is done.
 */
export function requireStaff(roles?: readonly StaffRole[]): preHandlerHookHandler {
  return guard(roles, true);
}

/** Signed in, second factor or not: only for the pages that set the second factor up. */
export function requireSignedIn(): preHandlerHookHandler {
  return guard(undefined, false);
}

function guard(roles: readonly StaffRole[] | undefined, enforceTwoFactor: boolean): preHandlerHookHandler {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.staff) {
      if (request.method === 'GET') return reply.redirect(`/staff/sign-in?next=${encodeURIComponent(request.url)}`, 303);
      return reply.page(request.i18n.t('errors.signed-out-title'), signedOutBody(request), { status: 401 });
    }
    const role = request.staff.role as StaffRole;
    if (enforceTwoFactor && requiresTwoFactor(role) && !sessionStates.get(request)?.twoFactorEnabled) {
      const next = request.method === 'GET' ? `?next=${encodeURIComponent(request.url)}` : '';
      return reply.redirect(`/staff/two-factor${next}`, 303);
    }
    if (roles && !roles.includes(role)) {
      return reply.callNotFound();
    }
  };
}

function signedOutBody(request: FastifyRequest) {
  const { t } = request.i18n;
  return (
    <section>
      <h1>{t('errors.signed-out-title')}</h1>
      <p>{t('errors.signed-out-message')}</p>
      <p><a href="/staff/sign-in">{t('common.nav-staff-sign-in')}</a></p>
    </section>
  );
}
