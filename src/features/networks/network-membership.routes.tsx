// The forms that change who is in a network: asking to join and inviting, answering either, leaving, appointing
// and removing coordinators. Each use case checks who may act; a refusal comes back to the page with its reason.
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { formText } from '../../http/form-fields.ts';
import { requireMember } from '../members/index.ts';
import { answerApplication, askToJoin } from './applications.ts';
import { appointCoordinator, removeCoordinator } from './coordinators.ts';
import { leaveNetwork } from './leave-network.ts';
import { outcomeQuery } from './network-notices.ts';
import { networkNotAvailable } from './networks.routes.tsx';

type IdParams = { Params: { id: string } };
type OrganisationParams = { Params: { id: string; organisationId: string } };

export function networkMembershipRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db, clock } = deps;
  const back = (reply: FastifyReply, networkId: string, outcome: string) => reply.redirect(`/networks/${networkId}?${outcomeQuery(outcome)}`, 303);

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
