// Revealing a pseudonym: content pages link here (GET /account/reveal?context=…&pseudonymId=…&next=…) beside a
// post the signed-in member wrote under a pseudonym; the member confirms and the reveal is stored.
import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { formText } from '../../http/form-fields.ts';
import { safeLocalPath } from '../../http/locale.ts';
import { requireMember } from './member-identity.tsx';
import { accountWithNotice as notice } from './views/account-view.tsx';
import { revealPseudonym } from './reveal-pseudonym.ts';
import { RevealView, type RevealValues } from './views/reveal-view.tsx';

type RevealQuery = { Querystring: { context?: string; pseudonymId?: string; next?: string } };

export function revealRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db, clock } = deps;
  return async (app) => {
    app.get<RevealQuery>('/account/reveal', { preHandler: requireMember() }, async (request, reply) => {
      const values: RevealValues = {
        context: String(request.query.context ?? ''), pseudonymId: String(request.query.pseudonymId ?? ''), statement: '',
        next: safeLocalPath(request.query.next, '/account'),
      };
      return reply.page(request.i18n.t('members.reveal-page-title'), <RevealView values={values} errors={{}} />);
    });

    app.post('/account/reveal', { preHandler: [requireMember(), app.csrfProtection] }, async (request, reply) => {
      const values: RevealValues = {
        context: formText(request.body, 'context'), pseudonymId: formText(request.body, 'pseudonymId'),
        statement: formText(request.body, 'statement'), next: safeLocalPath(formText(request.body, 'next'), notice('revealed')),
      };
      const outcome = await revealPseudonym(db, request, values, clock.now());
      if (outcome.kind === 'invalid') {
        return reply.page(request.i18n.t('members.reveal-page-title'), <RevealView values={values} errors={outcome.errors} />, { status: 422 });
      }
      return reply.redirect(values.next, 303);
    });
  };
}
