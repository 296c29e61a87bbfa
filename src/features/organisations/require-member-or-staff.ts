// Pages members and staff administrators both read (an organisation's member list): a signed-in staff member
// passes to the page's own checks; anyone else is treated as members' pages treat them (sign in and come back).
import type { preHandlerHookHandler } from 'fastify';
import { requireMember } from '../members/index.ts';

export function requireMemberOrStaff(): preHandlerHookHandler {
  const memberGuard = requireMember();
  return async function (request, reply) {
    if (request.staff) return;
    // The members guard is async: it redirects or refuses, or returns to let the route run.
    return memberGuard.call(this, request, reply, () => {});
  };
}
