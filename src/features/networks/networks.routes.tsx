// Networks as the public and members meet them: the directory, a network's page (private ones only for their
// members), creating a network for an organisation one administers, and editing it (coordinators).
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { requireMember } from '../members/index.ts';
import { membershipsOfMember, noticeFrom, NotAvailablePage, viewerOf } from '../organisations/index.ts';
import { createNetwork } from './create-network.ts';
import { findVisibleNetwork } from './find-visible-network.ts';
import { cleanNetworkQuery, listVisibleNetworks } from './list-visible-networks.ts';
import { networkLinks } from './network-links.ts';
import { emptyNetworkForm, formOfNetwork, readNetworkForm, validateNetworkForm, type NetworkForm } from './network-form.ts';
import { networkDone, networkProblems } from './network-notices.ts';
import { isCoordinator } from './membership-queries.ts';
import { readNetworkPage } from './read-network-page.ts';
import { updateNetworkDetails } from './update-network.ts';
import { NetworkDirectoryPage, type NetworkDirectoryQuery } from './views/directory-page.tsx';
import { NetworkFormPage } from './views/network-form-page.tsx';
import { NetworkPage } from './views/network-page.tsx';

type IdParams = { Params: { id: string }; Querystring: { done?: string; problem?: string } };

export function networkNotAvailable(request: FastifyRequest, reply: FastifyReply) {
  return reply.page(request.i18n.t('networks.not-available-title'), <NotAvailablePage titleKey="networks.not-available-title" messageKey="networks.not-available" />, { status: 404 });
}

export function networksPublicRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db, clock } = deps;
  const viewer = (request: FastifyRequest) => viewerOf(db, networkLinks, request);

  async function renderForm(request: FastifyRequest, reply: FastifyReply, form: NetworkForm, errors: FieldErrors, networkId: string | null) {
    const organisations = networkId ? [] : (await membershipsOfMember(db, request.member!.id)).filter((m) => m.role === 'admin').map((m) => ({ id: m.organisationId, name: m.name }));
    const title = request.i18n.t(networkId ? 'networks.edit-title' : 'networks.new-title');
    return reply.page(title, <NetworkFormPage form={form} errors={errors} networkId={networkId} organisations={organisations} />, { status: Object.keys(errors).length ? 422 : 200 });
  }

  /** The network when the signed-in member coordinates it. */
  async function coordinated(request: FastifyRequest, id: string) {
    const network = await findVisibleNetwork(db, await viewer(request), id);
    return network && request.member && (await isCoordinator(db, network.id, request.member.id)) ? network : undefined;
  }

  return async (app) => {
    const member = { preHandler: requireMember() };
    const memberPost = { preHandler: [requireMember(), app.csrfProtection] };

    app.get<{ Querystring: Partial<NetworkDirectoryQuery> & { done?: string } }>('/networks', async (request, reply) => {
      const query = cleanNetworkQuery(request.query);
      const networks = await listVisibleNetworks(db, await viewer(request), query);
      const notice = noticeFrom(networkDone, request.query.done);
      return reply.page(request.i18n.t('networks.directory-title'), <NetworkDirectoryPage networks={networks} query={query} signedIn={Boolean(request.member)} notice={notice} />);
    });

    app.get('/networks/new', member, async (request, reply) => renderForm(request, reply, emptyNetworkForm, {}, null));

    app.post('/networks/new', memberPost, async (request, reply) => {
      const form = readNetworkForm(request.body);
      const checked = validateNetworkForm(form);
      if (checked.kind === 'invalid') return renderForm(request, reply, form, checked.errors, null);
      const outcome = await createNetwork(db, request.member!.id, form.organisationId, checked.details, clock.now());
      if (outcome.kind === 'invalid') return renderForm(request, reply, form, outcome.errors, null);
      return reply.redirect(`/networks/${outcome.network.id}?done=created`, 303);
    });

    app.get<IdParams>('/networks/:id', async (request, reply) => {
      const network = await findVisibleNetwork(db, await viewer(request), request.params.id);
      if (!network) return networkNotAvailable(request, reply);
      const problem = noticeFrom(networkProblems, request.query.problem);
      const done = noticeFrom(networkDone, request.query.done);
      const notice = problem ? { key: problem, problem: true } : done ? { key: done, problem: false } : null;
      return reply.page(network.name, <NetworkPage data={await readNetworkPage(db, await viewer(request), network)} notice={notice} />);
    });

    app.get<IdParams>('/networks/:id/edit', member, async (request, reply) => {
      const network = await coordinated(request, request.params.id);
      if (!network) return networkNotAvailable(request, reply);
      return renderForm(request, reply, formOfNetwork(network), {}, network.id);
    });

    app.post<IdParams>('/networks/:id/edit', memberPost, async (request, reply) => {
      const network = await coordinated(request, request.params.id);
      if (!network) return networkNotAvailable(request, reply);
      const form = readNetworkForm(request.body);
      const checked = validateNetworkForm(form);
      if (checked.kind === 'invalid') return renderForm(request, reply, form, checked.errors, network.id);
      if ((await updateNetworkDetails(db, request.member!.id, network.id, checked.details, clock.now())) === 'not-found') return networkNotAvailable(request, reply);
      return reply.redirect(`/networks/${network.id}?done=saved`, 303);
    });
  };
}
