// The forms that change who is in a network: asking to join and inviting, answering either, leaving, appointing
// and removing coordinators, and a coordinator removing an organisation (with its reason). Each use case checks who
// may act; a refusal comes back to the page with its reason.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { formText } from '../../http/form-fields.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { requireMember } from '../members/index.ts';
import { findOrganisations, publicNameOf, viewerOf, withAudience } from '../organisations/index.ts';
import { answerApplication, askToJoin } from './applications.ts';
import { appointCoordinator, removeCoordinator } from './coordinators.ts';
import { findVisibleNetwork } from './find-visible-network.ts';
import { leaveNetwork } from './leave-network.ts';
import { isCoordinatorOf, isOrganisationInNetwork } from './network-membership.repository.ts';
import { networkLinks } from './network-links.ts';
import { outcomeQuery } from './network-notices.ts';
import { networkNotAvailable } from './networks.routes.tsx';
import { removeOrganisationFromNetwork } from './remove-organisation.ts';
import { RemoveOrganisationPage } from './views/remove-organisation-page.tsx';

type IdParams = { Params: { id: string } };
type OrganisationParams = { Params: { id: string; organisationId: string } };

export function networkMembershipRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db, clock } = deps;
  const back = (reply: FastifyReply, networkId: string, outcome: string) => reply.redirect(`/networks/${networkId}?${outcomeQuery(outcome)}`, 303);

  /** The removal form, for a coordinator of the network and an organisation in it; undefined for anyone else. */
  async function renderRemoval(request: FastifyRequest<OrganisationParams>, reply: FastifyReply, reason: string, errors: FieldErrors) {
    const { id, organisationId } = request.params;
    const viewer = await viewerOf(db, networkLinks, request);
    const network = await findVisibleNetwork(db, viewer, id);
    if (!network || !(await isCoordinatorOf(db, id, request.member!.id)) || !(await isOrganisationInNetwork(db, id, organisationId))) return undefined;
    const [organisation] = await withAudience(db, networkLinks, await findOrganisations(db, [organisationId]));
    const name = publicNameOf(organisation!, viewer);
    return reply.page(request.i18n.t('networks.remove-page-title'), (
      <RemoveOrganisationPage network={network} organisation={{ id: organisationId, name }} reason={reason} errors={errors} />
    ), { status: Object.keys(errors).length ? 422 : 200 });
  }

  return async (app) => {
    const memberPost = { preHandler: [requireMember(), app.csrfProtection] };

    app.post<IdParams>('/networks/:id/requests', memberPost, async (request, reply) => {
      const outcome = await askToJoin(db, 'request', request.member!.id, request.params.id, formText(request.body, 'organisation'), clock.now());
      if (outcome === 'not-found') return networkNotAvailable(request, reply);
      return back(reply, request.params.id, outcome === 'asked' ? 'requested' : outcome);
    });

    /** Sent from an organisation's networks page, and answered there. */
    app.post<IdParams>('/networks/:id/invitations', memberPost, async (request, reply) => {
      const organisationId = formText(request.body, 'organisation');
      const outcome = await askToJoin(db, 'invitation', request.member!.id, request.params.id, organisationId, clock.now());
      if (outcome === 'not-found') return networkNotAvailable(request, reply);
      return reply.redirect(`/organisations/${organisationId}/networks?${outcomeQuery(outcome === 'asked' ? 'invited' : outcome)}`, 303);
    });

    for (const [action, accept] of [['accept', true], ['decline', false]] as const) {
      app.post<OrganisationParams>(`/networks/:id/applications/:organisationId/${action}`, memberPost, async (request, reply) => {
        const outcome = await answerApplication(db, request.member!.id, request.params.id, request.params.organisationId, accept, clock.now());
        if (outcome === 'not-found') return networkNotAvailable(request, reply);
        return back(reply, request.params.id, outcome);
      });
    }

    app.post<OrganisationParams>('/networks/:id/organisations/:organisationId/leave', memberPost, async (request, reply) => {
      const outcome = await leaveNetwork(db, request.member!.id, request.params.id, request.params.organisationId);
      if (outcome === 'not-found') return networkNotAvailable(request, reply);
      // The network may be private and no longer the viewer's: the directory is always there to come back to.
      if (outcome === 'left') return reply.redirect('/networks?done=left', 303);
      return back(reply, request.params.id, outcome);
    });

    app.get<OrganisationParams>('/networks/:id/organisations/:organisationId/remove', { preHandler: requireMember() }, async (request, reply) => {
      return (await renderRemoval(request, reply, '', {})) ?? networkNotAvailable(request, reply);
    });

    app.post<OrganisationParams>('/networks/:id/organisations/:organisationId/remove', memberPost, async (request, reply) => {
      const reason = formText(request.body, 'reason');
      const outcome = await removeOrganisationFromNetwork(db, request.member!.id, request.params.id, request.params.organisationId, reason, clock.now());
      if (outcome === 'not-found') return networkNotAvailable(request, reply);
      if (typeof outcome === 'object') return (await renderRemoval(request, reply, reason, outcome.errors)) ?? networkNotAvailable(request, reply);
      return back(reply, request.params.id, outcome);
    });

    app.post<IdParams>('/networks/:id/coordinators', memberPost, async (request, reply) => {
      const outcome = await appointCoordinator(db, request.member!.id, request.params.id, formText(request.body, 'member'), clock.now());
      if (outcome === 'not-found') return networkNotAvailable(request, reply);
      return back(reply, request.params.id, outcome);
    });

    app.post<{ Params: { id: string; memberId: string } }>('/networks/:id/coordinators/:memberId/remove', memberPost, async (request, reply) => {
      const outcome = await removeCoordinator(db, request.member!.id, request.params.id, request.params.memberId);
      if (outcome === 'not-found') return networkNotAvailable(request, reply);
      return back(reply, request.params.id, outcome);
    });
  };
}
