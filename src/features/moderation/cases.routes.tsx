// The moderators' desk, mounted twice with the same pages: network coordinators at /moderation and platform staff
// at /staff/network/moderation. Which cases a moderator may open and decide is mayModerate's answer, so a case
// outside their place answers 404 exactly like a missing one.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest, preHandlerHookHandler } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { formText } from '../../http/form-fields.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { findAppeal } from './appeals.repository.ts';
import { blockFromPosting, liftPostingBlock } from './block-from-posting.ts';
import { loadCaseView } from './case-view.ts';
import { decideAppeal } from './decide-appeal.ts';
import { dismissReports } from './dismiss-reports.ts';
import { hideContent, type DecisionOutcome } from './hide-content.ts';
import type { Moderator } from './moderation.ts';
import { loadPendingAppeals, loadQueue } from './queue.ts';
import type { ModerationRegistry } from './registry.ts';
import { restoreContent } from './restore-content.ts';
import type { AppealForm } from './views/appeal-review.tsx';
import { CasePage } from './views/case-page.tsx';
import { QueuePage } from './views/queue-page.tsx';

export interface Desk {
  base: string;
  guard: preHandlerHookHandler;
  moderatorOf(request: FastifyRequest): Moderator;
  intro: string;
}

const notices: Record<string, string> = {
  hidden: 'moderation.done-hidden', restored: 'moderation.done-restored', dismissed: 'moderation.done-dismissed', blocked: 'moderation.done-posting-blocked',
  lifted: 'moderation.done-lifted', decided: 'moderation.done-decided', unchanged: 'moderation.done-unchanged', 'same-moderator': 'moderation.appeal-same-moderator',
};

type CaseParams = { Params: { id: string }; Querystring: { done?: string } };

export function caseRoutes(deps: AppDeps, registry: ModerationRegistry, desk: Desk): FastifyPluginAsync {
  const { db, clock } = deps;
  const staff = desk.base.startsWith('/staff');
  const casePath = (id: string) => `${desk.base}/cases/${encodeURIComponent(id)}`;

  async function renderCase(request: FastifyRequest, reply: FastifyReply, caseId: string, form: { values?: Record<string, string>; errors?: FieldErrors; appeal?: AppealForm } = {}) {
    const view = await loadCaseView(db, registry, desk.moderatorOf(request), caseId, clock.now());
    if (!view) return reply.callNotFound();
    const done = (request.query as { done?: string }).done;
    const failed = !!(form.appeal || Object.keys(form.errors ?? {}).length);
    return reply.page(request.i18n.t('moderation.case-title'), (
      <CasePage
        base={desk.base} view={view} staff={staff} values={form.values ?? {}} errors={form.errors ?? {}} appealForm={form.appeal ?? null}
        notice={failed ? null : (notices[done ?? ''] ?? null)}
      />
    ), { status: failed ? 422 : 200 });
  }

  /** Post/Redirect/Get on a decision's outcome: refused forms come back with their errors and what was typed. */
  function answer(request: FastifyRequest<CaseParams>, reply: FastifyReply, outcome: DecisionOutcome, values: Record<string, string>, done: string) {
    if (outcome.kind === 'not-found') return reply.callNotFound();
    if (outcome.kind === 'invalid') return renderCase(request, reply, request.params.id, { values, errors: outcome.errors });
    return reply.redirect(`${casePath(request.params.id)}?done=${outcome.kind === 'done' ? done : 'unchanged'}`, 303);
  }

  return async (app) => {
    const post = { preHandler: [desk.guard, app.csrfProtection] };

    app.get(desk.base, { preHandler: desk.guard }, async (request, reply) => {
      const entries = await loadQueue(db, registry, desk.moderatorOf(request));
      const appeals = staff ? await loadPendingAppeals(db, registry) : null;
      return reply.page(request.i18n.t('moderation.queue-title'), <QueuePage base={desk.base} entries={entries} appeals={appeals} intro={desk.intro} />);
    });

    app.get<CaseParams>(`${desk.base}/cases/:id`, { preHandler: desk.guard }, async (request, reply) => renderCase(request, reply, request.params.id));

    app.post<CaseParams>(`${desk.base}/cases/:id/hide`, post, async (request, reply) => {
      const values = { hideReason: formText(request.body, 'hideReason'), hideNote: formText(request.body, 'hideNote') };
      const outcome = await hideContent(deps, registry, desk.moderatorOf(request), request.params.id, { reason: values.hideReason, note: values.hideNote });
      return answer(request, reply, outcome, values, 'hidden');
    });

    app.post<CaseParams>(`${desk.base}/cases/:id/restore`, post, async (request, reply) => {
      const values = { restoreNote: formText(request.body, 'restoreNote') };
      const outcome = await restoreContent(deps, registry, desk.moderatorOf(request), request.params.id, values.restoreNote);
      return answer(request, reply, outcome, values, 'restored');
    });

    app.post<CaseParams>(`${desk.base}/cases/:id/dismiss`, post, async (request, reply) => {
      const values = { dismissNote: formText(request.body, 'dismissNote') };
      const outcome = await dismissReports(deps, registry, desk.moderatorOf(request), request.params.id, values.dismissNote);
      return answer(request, reply, outcome, values, 'dismissed');
    });

    app.post<CaseParams>(`${desk.base}/cases/:id/block`, post, async (request, reply) => {
      const values = { blockReason: formText(request.body, 'blockReason'), blockEndsOn: formText(request.body, 'blockEndsOn'), blockNote: formText(request.body, 'blockNote') };
      const typed = { reason: values.blockReason, endsOn: values.blockEndsOn, note: values.blockNote };
      return answer(request, reply, await blockFromPosting(deps, registry, desk.moderatorOf(request), request.params.id, typed), values, 'blocked');
    });

    app.post<CaseParams & { Params: { blockId: string } }>(`${desk.base}/cases/:id/blocks/:blockId/lift`, post, async (request, reply) => {
      const outcome = await liftPostingBlock(deps, registry, desk.moderatorOf(request), request.params.id, request.params.blockId);
      return answer(request, reply, outcome, {}, 'lifted');
    });

    if (!staff) return;
    // Appeals are reviewed by platform staff only (MODERATION.md "Appeals").
    app.post<{ Params: { id: string } }>(`${desk.base}/appeals/:id/decide`, post, async (request, reply) => {
      const appeal = await findAppeal(db, request.params.id);
      if (!appeal) return reply.callNotFound();
      const values = { outcome: formText(request.body, 'outcome'), decisionNote: formText(request.body, 'decisionNote') };
      const outcome = await decideAppeal(deps, registry, request.staff!.id, appeal.id, { outcome: values.outcome, note: values.decisionNote });
      if (outcome.kind === 'not-found') return reply.callNotFound();
      const caseId = appeal.caseId;
      if (outcome.kind === 'invalid') {
        return renderCase(request, reply, caseId, { appeal: { appealId: request.params.id, values, errors: outcome.errors } });
      }
      return reply.redirect(`${casePath(caseId)}?done=${outcome.kind === 'done' ? 'decided' : outcome.kind === 'same-moderator' ? 'same-moderator' : 'unchanged'}`, 303);
    });
  };
}
