// Platform staff's moderation of initiatives before publication (docs/MODERATION.md: platform staff moderate
// initiatives): the queue, one initiative, approve, or reject with a reason the author reads.
import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { formText } from '../../http/form-fields.ts';
import { requireStaff } from '../accounts/index.ts';
import { approveInitiative } from './approve-initiative.ts';
import { initiativeModerators } from './initiative.policy.ts';
import { initiativeLimits } from './initiative.ts';
import { listPending } from './initiatives.repository.ts';
import { loadInitiative } from './load-initiative.ts';
import { rejectInitiative } from './reject-initiative.ts';
import { StaffQueuePage, staffNotices, staffQueuePath, type StaffNotice } from './views/staff-queue-page.tsx';
import { StaffReviewPage } from './views/staff-review-page.tsx';

type IdParams = { Params: { id: string } };

export function initiativesStaffRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db } = deps;
  return async (app) => {
    const guarded = { preHandler: requireStaff(initiativeModerators) };
    const guardedPost = { preHandler: [requireStaff(initiativeModerators), app.csrfProtection] };

    app.get<{ Querystring: { done?: string } }>(staffQueuePath, guarded, async (request, reply) => {
      const done = request.query.done;
      const notice = done && done in staffNotices ? (done as StaffNotice) : null;
      return reply.page(request.i18n.t('initiatives.staff-queue-title'), <StaffQueuePage pending={await listPending(db)} notice={notice} />);
    });

    app.get<IdParams>(`${staffQueuePath}/:id`, guarded, async (request, reply) => {
      const initiative = await loadInitiative(db, request.params.id);
      if (!initiative) return reply.callNotFound();
      return reply.page(initiative.title, <StaffReviewPage initiative={initiative} reason="" errors={{}} />);
    });

    app.post<IdParams>(`${staffQueuePath}/:id/approve`, guardedPost, async (request, reply) => {
      const outcome = await approveInitiative(deps, request.params.id, request.staff!.id);
      return reply.redirect(`${staffQueuePath}?done=${outcome.kind === 'done' ? 'approved' : 'moved'}`, 303);
    });

    app.post<IdParams>(`${staffQueuePath}/:id/reject`, guardedPost, async (request, reply) => {
      const reason = formText(request.body, 'reason');
      const outcome = await rejectInitiative(deps, request.params.id, request.staff!.id, reason);
      if (outcome.kind === 'invalid') {
        const initiative = await loadInitiative(db, request.params.id);
        if (!initiative) return reply.callNotFound();
        const errors = { reason: { key: `initiatives.error.${outcome.error}`, values: { max: initiativeLimits.reasonMaxChars } } };
        return reply.page(initiative.title, <StaffReviewPage initiative={initiative} reason={reason} errors={errors} />, { status: 422 });
      }
      return reply.redirect(`${staffQueuePath}?done=${outcome.kind === 'done' ? 'rejected' : 'moved'}`, 303);
    });
  };
}
