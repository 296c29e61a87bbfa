// Staff review: the workspace front page, each call's inbox, reading an input, and publishing it.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { sendErrorPage } from '../../http/errors.tsx';
import { formText } from '../../http/form-fields.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { recordAudit, requireStaff, staffPermissions } from '../accounts/index.ts';
import { findCallById, listCalls, loadQuestionnaires } from '../calls/index.ts';
import { countUnseenSubmitterEntries, listConversation, markEntriesSeen } from '../follow-up/index.ts';
import { sendFile } from '../../http/send-file.ts';
import { countPublicationsByCall, findPublicationSummary } from '../publications/index.ts';
import { applyFilters, facets, pageOf, parseFilters, reviewStatuses, type ReviewStatus } from './inbox.ts';
import { markReviewed } from './mark-reviewed.ts';
import { publishInput } from './publish-input.ts';
import { withheldFiles, withheldParameter } from './withheld-files.ts';
import { sendMessageToSubmitter, staffMessageField } from './send-message-to-submitter.ts';
import { countInputsByCall, findInputAttachment, findSubmitterNames, findSubmittedInput, listInboxEntries } from './review.repository.ts';
import { InboxView } from './views/inbox-view.tsx';
import { InputView } from './views/input-view.tsx';
import { StaffHomeView } from './views/staff-home-view.tsx';
import { withdrawPublication } from './withdraw-publication.ts';

/** Outcomes shown after a redirect, by name, so a query string can never choose an arbitrary message. */
const notices = {
  reviewed: 'review.done-reviewed',
  new: 'review.done-new',
  published: 'review.done-published',
  'published-anonymous': 'review.done-published-anonymous',
  withdrawn: 'review.done-withdrawn',
  'message-sent': 'follow-up.staff-done-message',
} as const;
type Notice = keyof typeof notices;

type InputParams = { Params: { id: string } };

export function reviewRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db } = deps;

  async function renderInput(
    request: FastifyRequest, reply: FastifyReply, id: string, message: { notice?: string | undefined; error?: string; withheld?: string | undefined }, status = 200,
    messageForm: { errors: FieldErrors; value: string } = { errors: {}, value: '' },
  ) {
    const input = await findSubmittedInput(db, id);
    const call = input && (await findCallById(db, input.callId));
    if (!input || !call) return reply.callNotFound();
    const questionnaire = (await loadQuestionnaires(db, call)).questionnaires.find((q) => q.id === input.questionnaireId);
    const publication = await findPublicationSummary(db, input.id);
    const notice = message.notice && message.notice in notices ? notices[message.notice as Notice] : null;
    // Listed before being marked seen, so this page still shows what is new.
    const entries = await listConversation(db, input.id);
    await markEntriesSeen(db, input.id, 'submitter');
    const messages = { inputId: input.id, entries, errors: messageForm.errors, value: messageForm.value };
    return reply.page(request.i18n.t('review.input-title', { reference: input.reference ?? '' }), (
      <InputView
        call={call} questionnaire={questionnaire} input={input} publication={publication} notice={notice} error={message.error ?? null}
        messages={messages} withheld={withheldFiles(message.withheld, input)}
      />
    ), { status });
  }

  const back = (reply: FastifyReply, id: string, notice: Notice) => reply.redirect(`/staff/inputs/${id}?done=${notice}`, 303);

  return async (app) => {
    const staffOnly = { preHandler: requireStaff() };
    // Inputs are confidential: analysts (published and redacted content only) never reach them.
    const inputsOnly = { preHandler: requireStaff(staffPermissions.handleInputs) };
    const inputsPost = { preHandler: [requireStaff(staffPermissions.handleInputs), app.csrfProtection] };

    app.get('/staff', staffOnly, async (request, reply) => {
      const [calls, inputs, published] = await Promise.all([listCalls(db), countInputsByCall(db), countPublicationsByCall(db)]);
      return reply.page(request.i18n.t('review.home-title'), <StaffHomeView calls={calls} inputs={inputs} published={published} />);
    });

    app.get<{ Params: { id: string }; Querystring: Record<string, string | undefined> }>('/staff/calls/:id/inputs', inputsOnly, async (request, reply) => {
      const call = await findCallById(db, request.params.id);
      if (!call) return reply.callNotFound();
      const entries = await listInboxEntries(db, call.id);
      const filters = parseFilters(request.query);
      const matching = applyFilters(entries, filters);
      const shown = pageOf(matching, Number(request.query.page ?? 1));
      const names = await findSubmitterNames(db, shown.items.map((e) => e.id));
      const unread = await countUnseenSubmitterEntries(db, call.id);
      return reply.page(request.i18n.t('review.inbox-title'), (
        <InboxView
          call={call} facets={facets(entries, filters)} filters={filters} total={entries.length} matching={matching.length}
          rows={shown.items.map((e) => ({ ...e, name: names.get(e.id) ?? '', unread: unread.get(e.id) ?? 0 }))} page={shown.page} pages={shown.pages}
        />
      ));
    });

    app.get<InputParams & { Querystring: { done?: string; withheld?: string } }>('/staff/inputs/:id', inputsOnly, async (request, reply) => {
      await recordAudit(db, { at: deps.clock.now(), actorId: request.staff!.id, action: 'input-opened', subject: { type: 'input', id: request.params.id } });
      return renderInput(request, reply, request.params.id, { notice: request.query.done, withheld: request.query.withheld });
    });

    app.get<{ Params: { id: string; attachmentId: string } }>('/staff/inputs/:id/attachments/:attachmentId', inputsOnly, async (request, reply) => {
      const file = await findInputAttachment(db, request.params.id, request.params.attachmentId);
      if (!file) return reply.callNotFound();
      return sendFile(reply, file, 'no-store');
    });

    app.post<InputParams & { Body: { status?: string } }>('/staff/inputs/:id/review-status', inputsPost, async (request, reply) => {
      const status = request.body?.status;
      if (!reviewStatuses.includes(status as ReviewStatus)) return sendErrorPage(request, reply, 400, 'bad-request');
      if (!(await markReviewed(db, request.params.id, status as ReviewStatus))) return reply.callNotFound();
      return back(reply, request.params.id, status as ReviewStatus);
    });

    app.post<InputParams>('/staff/inputs/:id/publish', inputsPost, async (request, reply) => {
      const outcome = await publishInput(deps, request.params.id);
      if (outcome.kind === 'not-found') return reply.callNotFound();
      if (outcome.kind === 'refused') return renderInput(request, reply, request.params.id, { error: 'review.publish-refused' }, 422);
      const done = outcome.mode === 'named' ? 'published' : 'published-anonymous';
      // Files that could not be cleaned are named on the next page, with the reason, so staff can follow up.
      if (outcome.withheld.length) {
        return reply.redirect(`/staff/inputs/${request.params.id}?done=${done}&withheld=${encodeURIComponent(withheldParameter(outcome.withheld))}`, 303);
      }
      return back(reply, request.params.id, done);
    });

    app.post<InputParams>('/staff/inputs/:id/messages', inputsPost, async (request, reply) => {
      const typed = formText(request.body, staffMessageField);
      const outcome = await sendMessageToSubmitter(deps, request.params.id, request.staff!.id, typed);
      if (outcome.kind === 'not-found') return reply.callNotFound();
      if (outcome.kind === 'invalid') return renderInput(request, reply, request.params.id, {}, 422, { errors: outcome.errors, value: typed });
      return back(reply, request.params.id, 'message-sent');
    });

    app.post<InputParams>('/staff/inputs/:id/withdraw', inputsPost, async (request, reply) => {
      if (!(await findSubmittedInput(db, request.params.id))) return reply.callNotFound();
      await withdrawPublication(deps, request.params.id);
      return back(reply, request.params.id, 'withdrawn');
    });
  };
}
