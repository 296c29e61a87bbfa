// The dashboard's figures to take away (JSON, CSV, a printable page) for every role that sees the dashboard, and
// the co-occurrence of codes, which reads sealed codings and so opens only to members inputs are sealed to.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { handlesCall, privateKeyOf, requireStaff, staffPermissions } from '../accounts/index.ts';
import { listCodebook } from '../analysis/index.ts';
import { findCallById, type Call } from '../calls/index.ts';
import { aggregatesCsv, aggregatesJson, aggregatesOf } from './aggregates-export.ts';
import { callDashboard } from './call-dashboard.ts';
import { coOccurrence } from './co-occurrence.ts';
import { AggregatesPage } from './views/aggregates-page.tsx';
import { CoOccurrencePage } from './views/co-occurrence-page.tsx';

type CallRequest = FastifyRequest<{ Params: { id: string } }>;

export function exportsRoutes(deps: AppDeps): FastifyPluginAsync {
  /** The call, if this member handles it; otherwise the reply is already a 404. */
  const handledCall = async (request: CallRequest, reply: FastifyReply): Promise<Call | null> => {
    const call = await findCallById(deps.db, request.params.id);
    if (call && (await handlesCall(deps.db, request.staff!, call.id))) return call;
    reply.callNotFound();
    return null;
  };
  const aggregatesFor = async (request: CallRequest, reply: FastifyReply) => {
    const call = await handledCall(request, reply);
    return call && { call, aggregates: aggregatesOf(await callDashboard(deps.db, call.id, null), request.i18n) };
  };
  const attachment = (reply: FastifyReply, call: Call, type: string, extension: string) => reply
    .header('Content-Type', type)
    .header('Content-Disposition', `attachment; filename="aggregates-${call.referenceCode}.${extension}"`)
    .header('Cache-Control', 'no-store');

  return async (app) => {
    const everyRole = { preHandler: requireStaff() };
    app.get<{ Params: { id: string } }>('/staff/calls/:id/aggregates.json', everyRole, async (request, reply) => {
      const found = await aggregatesFor(request, reply);
      if (!found) return reply;
      return attachment(reply, found.call, 'application/json; charset=utf-8', 'json')
        .send(JSON.stringify(aggregatesJson(found.call, found.aggregates, request.i18n.locale), null, 2));
    });
    app.get<{ Params: { id: string } }>('/staff/calls/:id/aggregates.csv', everyRole, async (request, reply) => {
      const found = await aggregatesFor(request, reply);
      if (!found) return reply;
      return attachment(reply, found.call, 'text/csv; charset=utf-8', 'csv').send(aggregatesCsv(found.aggregates));
    });
    app.get<{ Params: { id: string } }>('/staff/calls/:id/aggregates.html', everyRole, async (request, reply) => {
      const found = await aggregatesFor(request, reply);
      if (!found) return reply;
      return reply.page(request.i18n.t('dashboard.aggregates'), <AggregatesPage call={found.call} aggregates={found.aggregates} />);
    });
    app.get<{ Params: { id: string } }>('/staff/calls/:id/co-occurrence', { preHandler: requireStaff(staffPermissions.decryptInputs) }, async (request, reply) => {
      const call = await handledCall(request, reply);
      if (!call) return reply;
      const [result, codebook] = await Promise.all([
        coOccurrence(deps, { id: request.staff!.id, privateKey: privateKeyOf(request) }, call.id),
        listCodebook(deps.db, call.id, { includeArchived: true }),
      ]);
      return reply.page(request.i18n.t('dashboard.co-occurrence'), <CoOccurrencePage call={call} result={result} codebook={codebook} />);
    });
  };
}
