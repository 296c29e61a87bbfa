// Signed-in members report an item or a person (/report/:kind/:id) and may block its author, privately.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { formText } from '../../http/form-fields.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { requireMember } from '../members/index.ts';
import { blockAuthorOf } from './member-blocks.ts';
import type { ModeratedItem } from './moderation.ts';
import type { ModerationRegistry } from './registry.ts';
import { reportableItem, reportItem } from './report-item.ts';
import { ReportPage } from './views/report-page.tsx';

type ItemParams = { Params: { kind: string; id: string } };

export function reportRoutes(deps: AppDeps, registry: ModerationRegistry): FastifyPluginAsync {
  const { db, clock } = deps;

  function render(request: FastifyRequest<ItemParams>, reply: FastifyReply, item: ModeratedItem, values: { reason: string; note: string }, errors: FieldErrors) {
    const { kind, id } = request.params;
    const author = item.author;
    const canBlockAuthor = !!author && !(author.kind === 'member' && author.memberId === request.member!.id);
    return reply.page(request.i18n.t('moderation.report-title'), (
      <ReportPage kind={kind} itemId={id} item={item} values={values} errors={errors} canBlockAuthor={canBlockAuthor} />
    ), { status: Object.keys(errors).length ? 422 : 200 });
  }

  return async (app) => {
    app.get<ItemParams>('/report/:kind/:id', { preHandler: requireMember() }, async (request, reply) => {
      const item = await reportableItem(db, registry, request.params.kind, request.params.id, request.member!.id);
      if (!item) return reply.callNotFound();
      return render(request, reply, item, { reason: '', note: '' }, {});
    });

    app.post<ItemParams>('/report/:kind/:id', { preHandler: [requireMember(), app.csrfProtection] }, async (request, reply) => {
      const typed = { reason: formText(request.body, 'reason'), note: formText(request.body, 'note') };
      const outcome = await reportItem(db, registry, request.member!.id, request.params.kind, request.params.id, typed, clock.now());
      if (outcome.kind === 'not-found') return reply.callNotFound();
      if (outcome.kind === 'invalid') return render(request, reply, outcome.item, typed, outcome.errors);
      return reply.redirect('/moderation/notices?done=reported', 303);
    });

    app.post<ItemParams>('/report/:kind/:id/block-author', { preHandler: [requireMember(), app.csrfProtection] }, async (request, reply) => {
      const outcome = await blockAuthorOf(db, registry, request.member!.id, request.params.kind, request.params.id, clock.now());
      if (outcome.kind === 'not-found') return reply.callNotFound();
      return reply.redirect(`/moderation/blocks?done=${outcome.kind}`, 303);
    });
  };
}
