// A member's own moderation pages: notices (hidden content, posting blocks, reports) with appeals, and their blocks.
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { formText } from '../../http/form-fields.ts';
import { isMyPseudonym, requireMember } from '../members/index.ts';
import { appealDecision } from './appeal-decision.ts';
import { listMemberBlocks } from './blocks.repository.ts';
import { unblock } from './member-blocks.ts';
import type { AuthorRef } from './moderation.ts';
import { answersFor, loadNotices } from './notices.ts';
import type { ModerationRegistry } from './registry.ts';
import { BlocksPage } from './views/blocks-page.tsx';
import { NoticesPage, type AppealDraft } from './views/notices-page.tsx';

const notices: Record<string, string> = {
  reported: 'moderation.done-reported', appealed: 'moderation.done-appealed', 'already-appealed': 'moderation.done-already-appealed',
  blocked: 'moderation.done-blocked', self: 'moderation.done-self', unblocked: 'moderation.done-unblocked',
};

/** A notice key from ?done=, only from the list (never text from the address). */
export const noticeOf = (done: unknown): string | null => (typeof done === 'string' ? (notices[done] ?? null) : null);

type Done = { Querystring: { done?: string } };

/** Whether the signed-in member wrote what an author reference names: their id, or a pseudonym their session holds. */
export function authorCheck(request: FastifyRequest): (author: AuthorRef) => boolean {
  const me = request.member!.id;
  return (author) => (author.kind === 'member' ? author.memberId === me : isMyPseudonym(request, author.context, author.pseudonymId));
}

export function memberModerationRoutes(deps: AppDeps, registry: ModerationRegistry): FastifyPluginAsync {
  const { db, clock } = deps;

  async function renderNotices(request: FastifyRequest, draft: AppealDraft | null, notice: string | null) {
    const holds = (context: string, id: string) => isMyPseudonym(request, context, id);
    const loaded = await loadNotices(db, registry, request.member!.id, holds, clock.now());
    return <NoticesPage notices={loaded} draft={draft} notice={notice} />;
  }

  return async (app) => {
    app.get<Done>('/moderation/notices', { preHandler: requireMember() }, async (request, reply) => {
      return reply.page(request.i18n.t('moderation.notices-title'), await renderNotices(request, null, noticeOf(request.query.done)));
    });

    app.post<{ Params: { actionId: string } }>('/moderation/appeals/:actionId', { preHandler: [requireMember(), app.csrfProtection] }, async (request, reply) => {
      const statement = formText(request.body, 'statement');
      const memberId = request.member!.id;
      const outcome = await appealDecision(db, authorCheck(request), request.params.actionId, statement, clock.now(), (kind, itemId) => answersFor(db, registry, memberId, kind, itemId));
      if (outcome.kind === 'not-found') return reply.callNotFound();
      if (outcome.kind === 'invalid') {
        const body = await renderNotices(request, { actionId: request.params.actionId, statement, errors: outcome.errors }, null);
        return reply.page(request.i18n.t('moderation.notices-title'), body, { status: 422 });
      }
      return reply.redirect(`/moderation/notices?done=${outcome.kind}`, 303);
    });

    app.get<Done>('/moderation/blocks', { preHandler: requireMember() }, async (request, reply) => {
      const blocks = await listMemberBlocks(db, request.member!.id);
      return reply.page(request.i18n.t('moderation.blocks-title'), <BlocksPage blocks={blocks} notice={noticeOf(request.query.done)} />);
    });

    app.post<{ Params: { id: string } }>('/moderation/blocks/:id/remove', { preHandler: [requireMember(), app.csrfProtection] }, async (request, reply) => {
      if (!(await unblock(db, request.member!.id, request.params.id))) return reply.callNotFound();
      return reply.redirect('/moderation/blocks?done=unblocked', 303);
    });
  };
}
