// Co-signing (members): an organisation's administrator signs a published statement for it, or withdraws the
// signature. Anyone may open the page (it says who can sign); only an administrator's request changes anything.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { formText } from '../../http/form-fields.ts';
import { requireMember } from '../members/index.ts';
import { noticeFrom } from '../organisations/index.ts';
import { administeredOrganisations, loadSigningPage } from './load-signing-page.ts';
import { signStatement, withdrawSignature } from './sign-statement.ts';
import { signingPath } from './statement-paths.ts';
import { refuse } from './views/refused-page.tsx';
import { SigningPageView } from './views/signing-page.tsx';

const notices = {
  signed: 'statements.done-signed', 'already-signed': 'statements.done-already-signed',
  withdrawn: 'statements.done-withdrawn', 'not-signed': 'statements.done-not-signed',
} as const;

type IdParams = { Params: { id: string }; Querystring: { done?: string } };

export function statementsSigningRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db } = deps;

  /** The organisation named in the form, when the member administers it; otherwise a refusal is sent. */
  async function organisationToSignFor(request: FastifyRequest, reply: FastifyReply): Promise<string | undefined> {
    const organisationId = formText(request.body, 'organisation');
    const administered = await administeredOrganisations(db, request.member!.id);
    if (administered.some((o) => o.id === organisationId)) return organisationId;
    await refuse(request, reply, 'statements.refused-not-admin', signingPath((request.params as { id: string }).id));
    return undefined;
  }

  return async (app) => {
    const memberPost = { preHandler: [requireMember(), app.csrfProtection] };

    app.get<IdParams>('/statements/:id/sign', { preHandler: requireMember() }, async (request, reply) => {
      const page = await loadSigningPage(db, request.params.id, request.member!.id, request.locale);
      if (!page) return reply.callNotFound();
      return reply.page(request.i18n.t('statements.sign-title'), <SigningPageView page={page} notice={noticeFrom(notices, request.query.done)} />);
    });

    app.post<IdParams>('/statements/:id/sign', memberPost, async (request, reply) => {
      const organisationId = await organisationToSignFor(request, reply);
      if (!organisationId) return reply;
      const outcome = await signStatement(deps, request.params.id, organisationId, request.member!.id);
      if (outcome === 'not-found' || outcome === 'not-published') return reply.callNotFound();
      if (outcome === 'hidden') return refuse(request, reply, 'statements.refused-hidden', signingPath(request.params.id));
      return reply.redirect(`${signingPath(request.params.id)}?done=${outcome}`, 303);
    });

    app.post<IdParams>('/statements/:id/withdraw', memberPost, async (request, reply) => {
      const organisationId = await organisationToSignFor(request, reply);
      if (!organisationId) return reply;
      const outcome = await withdrawSignature(deps, request.params.id, organisationId, request.member!.id);
      if (outcome === 'not-found') return reply.callNotFound();
      return reply.redirect(`${signingPath(request.params.id)}?done=${outcome}`, 303);
    });
  };
}
