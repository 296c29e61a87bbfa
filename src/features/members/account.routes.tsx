// The signed-in member's own pages under /account.
import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { requireMember } from './member-identity.tsx';
import { AccountView } from './views/account-view.tsx';

export function accountRoutes(_deps: AppDeps): FastifyPluginAsync {
  return async (app) => {
    app.get('/account', { preHandler: requireMember() }, async (request, reply) => {
      return reply.page(request.i18n.t('members.account-title'), <AccountView member={request.member!} />);
    });
  };
}
