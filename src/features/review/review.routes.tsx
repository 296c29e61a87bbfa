// Staff review: the workspace front page, each call's inbox, reading an input, and publishing it.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { sendErrorPage } from '../../http/errors.tsx';
import { formText } from '../../http/form-fields.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { handlesCall, privateKeyOf, recordAudit, requireStaff, staffPermissions, whenKeyAtHand } from '../accounts/index.ts';
import { findCallById, listCalls, loadQuestionnaires } from '../calls/index.ts';
import { countUnseenSubmitterEntries, listConversation, markEntriesSeen } from '../follow-up/index.ts';
import { listImportFlags } from '../mail-import/index.ts';
import { sendFile } from '../../http/send-file.ts';
import { countPublicationsByCall, findPublicationSummary } from '../publications/index.ts';
import { applyFilters, facets, pageOf, parseFilters, reviewStatuses, type ReviewStatus } from './inbox.ts';
import { markReviewed } from './mark-reviewed.ts';
import { cleanAttachments } from './clean-attachments.ts';
import { publishInput } from './publish-input.ts';
import { resealInputKeys } from './reseal-input-keys.ts';
import { readRedactionForm, redactFields } from './redaction/index.ts';
import { redactionSetup, sendRedactionPage } from './redaction-page.tsx';
import { withheldFiles, withheldParameter } from './withheld-files.ts';
import { replacedParameter, replacedPictureFiles } from './replaced-pictures.ts';
import { activeContentFiles, activeContentParameter } from './active-content.ts';
import { sendMessageToSubmitter, staffMessageField } from './send-message-to-submitter.ts';
import { findSubmittedStoredInput, publicationAllowed, readInputFile, type InputCipher, type StoredInput } from '../submissions/index.ts';
import { inputCipherFor, openInputFor, type Reader, type SealedReason } from './open-input.ts';
import { countInputsByCall, listInboxEntries } from './review.repository.ts';
import { submitterNamesFor } from './submitter-names.ts';
import { InboxView } from './views/inbox-view.tsx';
import { InputView } from './views/input-view.tsx';
import { SealedInputView } from './views/sealed-input-view.tsx';
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
  'answers-confirmed': 'mail-import.done-answers-confirmed',
} as const;
type Notice = keyof typeof notices;

type InputParams = { Params: { id: string } };
/** What the input page says on top: a notice or error key, and after publishing the files' counts (query values). */
type InputPageMessage = {
  notice?: string | undefined; error?: string; withheld?: string | undefined; replaced?: string | undefined; active?: string | undefined;
};

const readerOf = (request: FastifyRequest): Reader => ({ id: request.staff!.id, privateKey: privateKeyOf(request) });

export function reviewRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db } = deps;
  // A holder signed in or changed who receives a call: seal inputs to whoever lacks their key (and unseal the rest).
  whenKeyAtHand(deps, async (key) => {
    await resealInputKeys(deps, key);
  });

  async function renderInput(
    request: FastifyRequest, reply: FastifyReply, id: string, message: InputPageMessage, status = 200,
    messageForm: { errors: FieldErrors; value: string } = { errors: {}, value: '' },
  ) {
    const access = await openInputFor(db, readerOf(request), id);
    if (access.kind === 'not-found') return reply.callNotFound();
    const callId = access.kind === 'opened' ? access.input.callId : access.stored.callId;
    const call = await findCallById(db, callId);
    if (!call || !(await handlesCall(db, request.staff!, call.id))) return reply.callNotFound();
    const publication = await findPublicationSummary(db, id);
    if (access.kind === 'sealed') {
      return reply.page(request.i18n.t('review.input-title', { reference: access.stored.reference ?? '' }), (
        <SealedInputView call={call} input={access.stored} publication={publication} reason={access.reason} />
      ), { status: status === 200 ? 200 : 409 });
    }
    const { input, cipher } = access;
    const questionnaire = (await loadQuestionnaires(db, call)).questionnaires.find((q) => q.id === input.questionnaireId);
    const notice = message.notice && message.notice in notices ? notices[message.notice as Notice] : null;
    // Listed before being marked seen, so this page still shows what is new.
    const entries = await listConversation(db, cipher);
    await markEntriesSeen(db, input.id, 'submitter');
    const messages = { inputId: input.id, entries, errors: messageForm.errors, value: messageForm.value };
    const email = input.channel === 'email' ? (await listImportFlags(db, [input.id])).get(input.id) : undefined;
    return reply.page(request.i18n.t('review.input-title', { reference: input.reference ?? '' }), (
      <InputView
        call={call} questionnaire={questionnaire} input={input} publication={publication} notice={notice} error={message.error ?? null}
        messages={messages} withheld={withheldFiles(message.withheld, input)} replaced={replacedPictureFiles(message.replaced, input)}
        activeContent={activeContentFiles(message.active, input)} email={email}
      />
    ), { status });
  }

  const back = (reply: FastifyReply, id: string, notice: Notice) => reply.redirect(`/staff/inputs/${id}?done=${notice}`, 303);

  /** A submitted input this member handles (still sealed), or undefined: no such input, or not theirs to see. */
  async function handledInput(request: FastifyRequest, id: string): Promise<StoredInput | undefined> {
    const stored = await findSubmittedStoredInput(db, id);
    return stored && (await handlesCall(db, request.staff!, stored.callId)) ? stored : undefined;
  }

  /**
   * An input this member may publish, opened, with its call; otherwise the reply is sent (404, sealed, or refused
   * because consent does not allow publication) and undefined comes back.
   */
  async function publishable(request: FastifyRequest, reply: FastifyReply, id: string) {
    const stored = await handledInput(request, id);
    const access = stored ? await openInputFor(db, readerOf(request), id) : undefined;
    const call = stored && (await findCallById(db, stored.callId));
    if (!access || access.kind === 'not-found' || !call) return void reply.callNotFound();
    if (access.kind === 'sealed') return void (await renderInput(request, reply, id, {}, 409));
    if (publicationAllowed(access.input.consent) === 'none') return void (await renderInput(request, reply, id, { error: 'review.publish-refused' }, 422));
    return { input: access.input, cipher: access.cipher, call: await loadQuestionnaires(db, call) };
  }

  /** The cipher of an input this member handles, for actions that read or write its content; else why not. */
  async function cipherOfHandledInput(request: FastifyRequest, id: string): Promise<InputCipher | SealedReason | 'not-found'> {
    if (!(await handledInput(request, id))) return 'not-found';
    return inputCipherFor(db, readerOf(request), id);
  }

  return async (app) => {
    const staffOnly = { preHandler: requireStaff() };
    // Inputs are confidential: analysts (published and redacted content only) never reach them.
    const inputsOnly = { preHandler: requireStaff(staffPermissions.handleInputs) };
    const inputsPost = { preHandler: [requireStaff(staffPermissions.handleInputs), app.csrfProtection] };
    // Publishing reads the content (redaction shows it): only roles that can hold an input's key.
    const decryptersOnly = { preHandler: requireStaff(staffPermissions.decryptInputs) };
    const decryptersPost = { preHandler: [requireStaff(staffPermissions.decryptInputs), app.csrfProtection] };

    app.get('/staff', staffOnly, async (request, reply) => {
      const [calls, inputs, published] = await Promise.all([listCalls(db), countInputsByCall(db), countPublicationsByCall(db)]);
      return reply.page(request.i18n.t('review.home-title'), <StaffHomeView calls={calls} inputs={inputs} published={published} />);
    });

    app.get<{ Params: { id: string }; Querystring: Record<string, string | undefined> }>('/staff/calls/:id/inputs', inputsOnly, async (request, reply) => {
      const call = await findCallById(db, request.params.id);
      if (!call || !(await handlesCall(db, request.staff!, call.id))) return reply.callNotFound();
      const entries = await listInboxEntries(db, call.id);
      const filters = parseFilters(request.query);
      const matching = applyFilters(entries, filters);
      const shown = pageOf(matching, Number(request.query.page ?? 1));
      const names = await submitterNamesFor(db, readerOf(request), shown.items.map((e) => e.id));
      const unread = await countUnseenSubmitterEntries(db, call.id);
      const emailed = await listImportFlags(db, shown.items.map((e) => e.id));
      return reply.page(request.i18n.t('review.inbox-title'), (
        <InboxView
          call={call} facets={facets(entries, filters)} filters={filters} total={entries.length} matching={matching.length}
          rows={shown.items.map((e) => ({ ...e, name: names.get(e.id) ?? null, unread: unread.get(e.id) ?? 0, email: emailed.get(e.id) }))} page={shown.page} pages={shown.pages}
          keyMissing={privateKeyOf(request) === null}
        />
      ));
    });

    app.get<InputParams & { Querystring: { done?: string; withheld?: string; replaced?: string; active?: string } }>('/staff/inputs/:id', inputsOnly, async (request, reply) => {
      await recordAudit(db, { at: deps.clock.now(), actorId: request.staff!.id, action: 'input-opened', subject: { type: 'input', id: request.params.id } });
      const { done, withheld, replaced, active } = request.query;
      return renderInput(request, reply, request.params.id, { notice: done, withheld, replaced, active });
    });

    app.get<{ Params: { id: string; attachmentId: string } }>('/staff/inputs/:id/attachments/:attachmentId', inputsOnly, async (request, reply) => {
      const cipher = await cipherOfHandledInput(request, request.params.id);
      const file = typeof cipher === 'object' ? await readInputFile(db, cipher, request.params.attachmentId) : undefined;
      if (!file) return reply.callNotFound();
      return sendFile(reply, file, 'no-store');
    });

    app.post<InputParams & { Body: { status?: string } }>('/staff/inputs/:id/review-status', inputsPost, async (request, reply) => {
      const status = request.body?.status;
      if (!reviewStatuses.includes(status as ReviewStatus)) return sendErrorPage(request, reply, 400, 'bad-request');
      if (!(await handledInput(request, request.params.id))) return reply.callNotFound();
      if (!(await markReviewed(db, request.params.id, status as ReviewStatus))) return reply.callNotFound();
      return back(reply, request.params.id, status as ReviewStatus);
    });

    // Publishing goes through the redaction step: the page shows what the public would read, with suggestions.
    app.get<InputParams>('/staff/inputs/:id/publish', decryptersOnly, async (request, reply) => {
      const found = await publishable(request, reply, request.params.id);
      return found ? sendRedactionPage(request, reply, found.input, found.call) : reply;
    });

    app.post<InputParams>('/staff/inputs/:id/publish', decryptersPost, async (request, reply) => {
      const found = await publishable(request, reply, request.params.id);
      if (!found) return reply;
      const { input, call, cipher } = found;
      const { fields, suggestions } = redactionSetup(request, input, call);
      const form = readRedactionForm(request.body, fields, suggestions);
      if (Object.keys(form.errors).length) return sendRedactionPage(request, reply, input, call, { choice: form.choice, errors: form.errors, status: 422 });
      if (form.intent !== 'publish') {
        const files = await cleanAttachments(deps, cipher, input);
        return sendRedactionPage(request, reply, input, call, { choice: form.choice, preview: redactFields(fields, form.plan), files });
      }
      const outcome = await publishInput(deps, cipher, form.plan);
      if (outcome.kind === 'not-found') return reply.callNotFound();
      if (outcome.kind === 'refused') return renderInput(request, reply, request.params.id, { error: 'review.publish-refused' }, 422);
      const done = outcome.mode === 'named' ? 'published' : 'published-anonymous';
      // Files that could not be cleaned are named on the next page, with the reason, and so are documents whose
      // pictures became placeholders, with their formats, and PDFs that lost active content, of which kinds, so staff
      // can follow up.
      const query = new URLSearchParams({ done });
      if (outcome.withheld.length) query.set('withheld', withheldParameter(outcome.withheld));
      if (outcome.replaced.length) query.set('replaced', replacedParameter(outcome.replaced));
      if (outcome.removedActiveContent.length) query.set('active', activeContentParameter(outcome.removedActiveContent));
      return reply.redirect(`/staff/inputs/${request.params.id}?${query}`, 303);
    });

    app.post<InputParams>('/staff/inputs/:id/messages', inputsPost, async (request, reply) => {
      const typed = formText(request.body, staffMessageField);
      const cipher = await cipherOfHandledInput(request, request.params.id);
      if (cipher === 'not-found') return reply.callNotFound();
      if (typeof cipher === 'string') return renderInput(request, reply, request.params.id, {}, 409);
      const outcome = await sendMessageToSubmitter(deps, cipher, request.staff!.id, typed);
      if (outcome.kind === 'invalid') return renderInput(request, reply, request.params.id, {}, 422, { errors: outcome.errors, value: typed });
      return back(reply, request.params.id, 'message-sent');
    });

    app.post<InputParams>('/staff/inputs/:id/withdraw', inputsPost, async (request, reply) => {
      if (!(await handledInput(request, request.params.id))) return reply.callNotFound();
      await withdrawPublication(deps, request.params.id);
      return back(reply, request.params.id, 'withdrawn');
    });
  };
}
