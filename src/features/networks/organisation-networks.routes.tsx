// An organisation's networks page (/organisations/:id/networks), served by this feature because it is about
// networks; the organisation must be visible to the viewer, as on its profile.
import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { findVisibleOrganisation, noticeFrom, NotAvailablePage, viewerOf } from '../organisations/index.ts';
import { networkLinks } from './network-links.ts';
import { networkDone, networkProblems } from './network-notices.ts';
import { readOrganisationNetworks } from './read-organisation-networks.ts';
import { OrganisationNetworksPage } from './views/organisation-networks-page.tsx';

export function organisationNetworksRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db } = deps;
  return async (app) => {
    app.get<{ Params: { id: string }; Querystring: { done?: string; problem?: string } }>('/organisations/:id/networks', async (request, reply) => {
      const viewer = await viewerOf(db, networkLinks, request);
      const found = await findVisibleOrganisation(db, networkLinks, viewer, request.params.id);
      if (!found) return reply.page(request.i18n.t('networks.not-available-title'), <NotAvailablePage titleKey="networks.not-available-title" messageKey="networks.not-available" />, { status: 404 });
      const problem = noticeFrom(networkProblems, request.query.problem);
      const done = noticeFrom(networkDone, request.query.done);
      const notice = problem ? { key: problem, problem: true } : done ? { key: done, problem: false } : null;
      const data = await readOrganisationNetworks(db, viewer, found.organisation);
      return reply.page(request.i18n.t('networks.organisation-networks-title', { organisation: found.organisation.name }), (
        <OrganisationNetworksPage organisation={found.organisation} data={data} notice={notice} />
      ));
    });
  };
}
