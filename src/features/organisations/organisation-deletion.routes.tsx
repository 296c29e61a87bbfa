// Deleting an organisation (its administrators): the confirmation page and the form it posts. Success goes to the
// directory (Post/Redirect/Get); a wrong name or a network that would lose its last coordinators comes back to the
// page with the reason and what was typed. Anyone else meets the same "not available" page as for a missing one.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { formText } from '../../http/form-fields.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { requireMember } from '../members/index.ts';
import { deleteOrganisation } from './delete-organisation.ts';
import { findVisibleOrganisation } from './find-visible-organisation.ts';
import { viewerOf } from './load-viewer.ts';
import type { NetworkLinks } from './network-links.ts';
import type { Organisation } from './organisation.ts';
import { notAvailable } from './organisations.routes.tsx';
import type { StatementLinks } from './statement-links.ts';
import { DeleteOrganisationPage } from './views/delete-organisation-page.tsx';

type IdParams = { Params: { id: string } };

export function organisationDeletionRoutes(deps: AppDeps, links: NetworkLinks, statements: StatementLinks): FastifyPluginAsync {
  const { db } = deps;

  async function administered(request: FastifyRequest, id: string): Promise<Organisation | undefined> {
    const found = await findVisibleOrganisation(db, links, await viewerOf(db, links, request), id);
    return found?.role === 'admin' ? found.organisation : undefined;
  }

  function render(request: FastifyRequest, reply: FastifyReply, organisation: Organisation, typedName: string, errors: FieldErrors, blockingNetworks: string[] = []) {
    const refused = Object.keys(errors).length > 0 || blockingNetworks.length > 0;
    return reply.page(request.i18n.t('organisations.delete-title', { organisation: organisation.name }), (
      <DeleteOrganisationPage organisation={organisation} typedName={typedName} errors={errors} blockingNetworks={blockingNetworks} />
    ), { status: refused ? 422 : 200 });
  }

  return async (app) => {
    app.get<IdParams>('/organisations/:id/delete', { preHandler: requireMember() }, async (request, reply) => {
      const organisation = await administered(request, request.params.id);
      return organisation ? render(request, reply, organisation, '', {}) : notAvailable(request, reply);
    });

    app.post<IdParams>('/organisations/:id/delete', { preHandler: [requireMember(), app.csrfProtection] }, async (request, reply) => {
      const organisation = await administered(request, request.params.id);
      if (!organisation) return notAvailable(request, reply);
      const typedName = formText(request.body, 'confirmName');
      const outcome = await deleteOrganisation(deps, links, statements, request.member!.id, organisation.id, typedName);
      if (outcome.kind === 'not-found') return notAvailable(request, reply);
      if (outcome.kind === 'name-mismatch') return render(request, reply, organisation, typedName, { confirmName: { key: 'organisations.error-delete-name' } });
      if (outcome.kind === 'last-coordinator') return render(request, reply, organisation, typedName, {}, outcome.networks);
      return reply.redirect('/organisations?done=deleted', 303);
    });
  };
}
