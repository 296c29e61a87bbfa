// Recognises a signed-in staff member on every request and guards staff routes.
import type { FastifyReply, FastifyRequest, onRequestHookHandler, preHandlerHookHandler } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { hashToken } from '../../platform/tokens.ts';
import { findSessionUser } from './accounts.repository.ts';
import { staffSessionCookie, type StaffRole } from './staff.ts';

export function loadStaffIdentity(deps: AppDeps): onRequestHookHandler {
  return async (request: FastifyRequest) => {
    const signed = request.cookies[staffSessionCookie];
    if (!signed) return;
    const unsigned = request.unsignCookie(signed);
    if (!unsigned.valid || !unsigned.value) return;
    const user = await findSessionUser(deps.db, hashToken(unsigned.value), deps.clock.now().toISOString());
    if (user) request.staff = { id: user.id, displayName: user.displayName, role: user.role };
  };
}

/** A staff route's guard: anonymous readers go to sign-in and come back; a role outside the list gets 403. */
export function requireStaff(roles?: readonly StaffRole[]): preHandlerHookHandler {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.staff) {
      if (request.method === 'GET') return reply.redirect(`/staff/sign-in?next=${encodeURIComponent(request.url)}`, 303);
      return reply.page(request.i18n.t('errors.signed-out-title'), signedOutBody(request), { status: 401 });
    }
    if (roles && !roles.includes(request.staff.role as StaffRole)) {
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
