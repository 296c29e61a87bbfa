// The dashboard of a call's inputs, for every staff role: aggregates only (see call-dashboard.ts). Recipients see
// only the calls they are assigned to, as in the inbox.
import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { handlesCall, requireStaff, staffPermissions } from '../accounts/index.ts';
import { findCallById } from '../calls/index.ts';
import { callDashboard } from './call-dashboard.ts';
import { DashboardPage } from './views/dashboard-page.tsx';

export function dashboardRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (app) => {
    app.get<{ Params: { id: string }; Querystring: { code?: string } }>('/staff/calls/:id/dashboard', { preHandler: requireStaff() }, async (request, reply) => {
      const call = await findCallById(deps.db, request.params.id);
      if (!call || !(await handlesCall(deps.db, request.staff!, call.id))) return reply.callNotFound();
      const code = typeof request.query.code === 'string' && request.query.code ? request.query.code : null;
      const dashboard = await callDashboard(deps.db, call.id, code);
      return reply.page(request.i18n.t('dashboard.title'), <DashboardPage call={call} dashboard={dashboard} canExport={(staffPermissions.decryptInputs as readonly string[]).includes(request.staff!.role)}
        canEditCodebook={(staffPermissions.handleInputs as readonly string[]).includes(request.staff!.role)} />);
    });
  };
}
