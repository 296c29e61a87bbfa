// Public pages of calls for inputs, served through the page cache (rendered once per language, no forms).
import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { pickTranslation } from '../../i18n/translator.ts';
import { findPublicCall, listPublicCalls } from './find-public-call.ts';
import { CallPage } from './views/call-page.tsx';
import { CallsListPage } from './views/calls-list-page.tsx';

export function callsPublicRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (app) => {
    app.get('/calls', (request, reply) =>
      deps.publicPages.send(request, reply, async () => ({
        title: request.i18n.t('calls.list-title'),
        body: <CallsListPage calls={await listPublicCalls(deps.db)} now={deps.clock.now()} />,
      })));

    app.get<{ Params: { slug: string } }>('/calls/:slug', (request, reply) =>
      deps.publicPages.send(request, reply, async () => {
        const call = await findPublicCall(deps.db, request.params.slug, { staffPreview: request.staff !== null });
        if (!call) return null;
        return { title: pickTranslation(call.title, request.locale).text, body: <CallPage call={call} now={deps.clock.now()} /> };
      }));
  };
}
