// Recognises a signed-in member on every request, finds their pseudonym secret, and guards member routes.
import type { KeyObject } from 'node:crypto';
import type { FastifyReply, FastifyRequest, onRequestHookHandler, preHandlerHookHandler } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { safeLocalPath } from '../../http/locale.ts';
import type { SignedInMember } from './member.ts';
import { memberKeyringsOf } from './member-keyring.ts';
import { memberSessionHash } from './member-sessions.ts';
import { findSessionMember } from './members.repository.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in member of the solidarity network, if any (staff are request.staff). */
    member?: SignedInMember;
  }
}

interface MemberSessionState {
  tokenHash: string;
  secret: KeyObject | null;
}

const sessionStates = new WeakMap<FastifyRequest, MemberSessionState>();

export function loadMemberIdentity(deps: AppDeps): onRequestHookHandler {
  const { sessions } = memberKeyringsOf(deps);
  return async (request: FastifyRequest) => {
    const tokenHash = memberSessionHash(request);
    if (!tokenHash) return;
    const now = deps.clock.now();
    const account = await findSessionMember(deps.db, tokenHash, now.toISOString());
    if (!account) {
      sessions.drop(tokenHash);
      return;
    }
    const secret = sessions.get(tokenHash, now);
    // An at-risk member whose secret is gone (the process restarted) could only post under their own name:
    // they count as signed out until their password unwraps the secret again.
    if (account.atRisk && !secret) return;
    request.member = { id: account.id, displayName: account.displayName, atRisk: account.atRisk, emailConfirmed: account.emailConfirmed };
    sessionStates.set(request, { tokenHash, secret });
  };
}

/** The pseudonym secret of this request's session, or null (signed out, or gone since a restart). */
export function pseudonymSecretOf(request: FastifyRequest): KeyObject | null {
  return sessionStates.get(request)?.secret ?? null;
}

/** The hash of the member session this request is signed in with (the keyring's key), or null. */
export function memberSessionHashOf(request: FastifyRequest): string | null {
  return sessionStates.get(request)?.tokenHash ?? null;
}

/** A member route's guard: signed-out readers go to sign-in and come back; anything else signed out is refused. */
export function requireMember(): preHandlerHookHandler {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.member) return;
    if (request.method === 'GET') return reply.redirect(`/sign-in?next=${encodeURIComponent(safeLocalPath(request.url))}`, 303);
    const { t } = request.i18n;
    return reply.page(t('members.signed-out-title'), (
      <section>
        <h1>{t('members.signed-out-title')}</h1>
        <p>{t('members.signed-out-message')}</p>
        <p><a href="/sign-in">{t('members.sign-in-link')}</a></p>
      </section>
    ), { status: 403 });
  };
}
