// Staff pages of the email channel: uploading a mailbox and following its import, the messages kept to sort, and
// confirming what the import found in a letter. Imports run in this instance's background worker, started here and
// stopped with the app, so a page reload or a closed tab never stops one.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { formText } from '../../http/form-fields.ts';
import { sendFile } from '../../http/send-file.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { handlesCall, privateKeyOf, recordAudit, requireStaff, staffPermissions, whenKeyAtHand, type StaffRole } from '../accounts/index.ts';
import { findCallById, listCalls, loadQuestionnaires } from '../calls/index.ts';
import { openInputFor, type Reader } from '../review/open-input.ts';
import { parseFormBody } from '../submissions/index.ts';
import { confirmAnswers, openImportedLetter } from './confirm-answers.ts';
import { startImportWorker } from './import-worker.ts';
import { resealKeptMessages } from './reseal-kept-messages.ts';
import { dismissKeptMessage, listMessagesToSort, openKeptMessage, sortKeptMessage } from './kept-messages.ts';
import { findImport, findKeptMessage, listImports, listItems, listKeptMessages } from './mail-import.repository.ts';
import { startUploadImport } from './upload-import.ts';
import { ImportProgressPage, isUnderWay } from './views/import-progress-page.tsx';
import { ImportsPage } from './views/imports-page.tsx';
import { confirmationOf, letterFormOf, readLetterForm, type LetterForm } from './views/letter-form.ts';
import { LetterPage } from './views/letter-page.tsx';
import { callFieldOf, ToSortPage, type ToSortNotice } from './views/to-sort-page.tsx';
import { uploadField, uploadLimits } from './views/upload-limits.ts';

/** Importing mail is part of running calls; it needs no key (each message is sealed to its call's holders). */
const importers = staffPermissions.manageCalls;
/** Messages kept to sort are sealed to the administrators only (no call, so no recipients). */
const sorters: readonly StaffRole[] = ['admin'];

/** Outcomes shown after a redirect, by name, so a query string can never choose an arbitrary message. */
const notices = {
  sorted: 'mail-import.done-sorted',
  dismissed: 'mail-import.done-dismissed',
  remapped: 'mail-import.done-remapped',
} as const;
const noticeOf = (name: string | undefined) => (name && name in notices ? notices[name as keyof typeof notices] : null);
const letterErrors = { stakeholderType: 'mail-import.error-stakeholder-type', placements: 'mail-import.error-placements' } as const;
/** Upload errors met before the route runs (too many files), sent back to the form by name. */
const uploadRedirectErrors = { 'too-many-files': 'mail-import.error-too-many-files' } as const;

/** Only an id-shaped value from a query string becomes part of a link. */
const idShaped = /^[A-Za-z0-9-]{1,64}$/;

type IdParams = { Params: { id: string } };
type ToSortState = { notice?: ToSortNotice | null; error?: string; errors?: FieldErrors; chosen?: Record<string, string> };

const readerOf = (request: FastifyRequest): Reader => ({ id: request.staff!.id, privateKey: privateKeyOf(request) });
const mayUse = (request: FastifyRequest, roles: readonly StaffRole[]) => roles.includes(request.staff?.role as StaffRole);

export function mailImportRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db } = deps;
  // An administrator signed in, or the administrators changed: messages to sort follow who administers now.
  whenKeyAtHand(deps, async (key) => {
    await resealKeptMessages(deps, key);
  });

  async function sendImportsPage(request: FastifyRequest, reply: FastifyReply, chosenCall = '', errors: FieldErrors = {}, status = 200) {
    const [imports, calls] = await Promise.all([listImports(db, 50), listCalls(db)]);
    const toSort = mayUse(request, sorters) ? (await listKeptMessages(db, ['to-sort', 'failed'])).length : null;
    return reply.page(request.i18n.t('mail-import.imports-title'), (
      <ImportsPage imports={imports} calls={calls} toSort={toSort} chosenCall={chosenCall} errors={errors} />
    ), { status });
  }

  async function sendToSortPage(request: FastifyRequest, reply: FastifyReply, state: ToSortState, status = 200) {
    const [messages, calls] = await Promise.all([listMessagesToSort(deps, readerOf(request)), listCalls(db)]);
    return reply.page(request.i18n.t('mail-import.to-sort-title'), (
      <ToSortPage messages={messages} calls={calls} notice={state.notice ?? null} error={state.error ?? null} errors={state.errors ?? {}} chosen={state.chosen ?? {}} />
    ), { status });
  }

  /** An imported input this member may confirm, opened; otherwise the reply is sent and undefined comes back. */
  async function openLetter(request: FastifyRequest, reply: FastifyReply, id: string) {
    const access = await openInputFor(db, readerOf(request), id);
    if (access.kind === 'not-found') return void reply.callNotFound();
    const call = await findCallById(db, access.kind === 'opened' ? access.input.callId : access.stored.callId);
    if (!call || !(await handlesCall(db, request.staff!, call.id))) return void reply.callNotFound();
    // The input's page says why its content stays sealed to this member.
    if (access.kind === 'sealed') return void reply.redirect(`/staff/inputs/${id}`, 303);
    const letter = await openImportedLetter(deps, access.cipher);
    if (!letter) return void reply.callNotFound();
    return { ...access, letter, call: await loadQuestionnaires(db, call) };
  }

  function sendLetterPage(
    request: FastifyRequest, reply: FastifyReply, opened: NonNullable<Awaited<ReturnType<typeof openLetter>>>,
    form: LetterForm, state: { errors?: FieldErrors; notice?: string | null } = {}, status = 200,
  ) {
    const { input, letter, call } = opened;
    return reply.page(request.i18n.t('mail-import.letter-title'), (
      <LetterPage
        input={input} questionnaire={call.questionnaires.find((q) => q.id === input.questionnaireId)} letter={letter} form={form}
        errors={state.errors ?? {}} notice={state.notice ?? null}
      />
    ), { status });
  }

  return async (app) => {
    const worker = startImportWorker(deps, { pollMs: 5000, log: (error) => app.log.error(error) });
    app.addHook('onClose', () => worker.stop());

    const importersOnly = { preHandler: requireStaff(importers) };
    const sortersOnly = { preHandler: requireStaff(sorters) };
    const sortersPost = { preHandler: [requireStaff(sorters), app.csrfProtection] };
    const decryptersOnly = { preHandler: requireStaff(staffPermissions.decryptInputs) };
    const decryptersPost = { preHandler: [requireStaff(staffPermissions.decryptInputs), app.csrfProtection] };

    app.get<{ Querystring: { error?: string; call?: string } }>('/staff/imports', importersOnly, async (request, reply) => {
      const { error, call } = request.query;
      const errors: FieldErrors = error && error in uploadRedirectErrors
        ? { [uploadField]: { key: uploadRedirectErrors[error as keyof typeof uploadRedirectErrors], values: { count: uploadLimits.maxFiles } } } : {};
      return sendImportsPage(request, reply, call ?? '', errors);
    });

    app.post('/staff/imports', {
      preHandler: [requireStaff(importers), app.csrfProtection],
      config: { multipartOptions: { limits: { files: uploadLimits.maxFiles } } },
      // Too many files stops the multipart parser before the guards run: back to the (guarded) form, which says why.
      errorHandler: (error: { code?: string }, request, reply) => {
        if (error.code !== 'FST_FILES_LIMIT') throw error;
        // The fields read before the files stopped are on the body as multipart parts; the call comes first in the form.
        const call = (request.body as Record<string, { value?: unknown }> | undefined)?.call?.value;
        const kept = typeof call === 'string' && idShaped.test(call) ? `&call=${call}` : '';
        return reply.redirect(`/staff/imports?error=too-many-files${kept}`, 303);
      },
    }, async (request, reply) => {
      const body = await parseFormBody(request.body);
      const callId = body.one('call');
      // An empty file holds no message; the browser sends one when a chosen file was emptied meanwhile.
      const files = body.files.filter((file) => file.field === uploadField && file.data.length > 0);
      const chosen = body.files.some((file) => file.field === uploadField);
      const errors: FieldErrors = {};
      if (callId && !(await findCallById(db, callId))) errors.call = { key: 'mail-import.error-unknown-call' };
      const oversize = files.find((file) => file.truncated || file.data.length > uploadLimits.maxBytes);
      if (oversize) errors[uploadField] = { key: 'mail-import.error-file-too-large', values: { filename: oversize.filename, max: uploadLimits.maxMegabytes } };
      else if (!chosen) errors[uploadField] = { key: 'mail-import.error-no-file' };
      else if (!files.length) errors[uploadField] = { key: 'mail-import.error-no-messages' };
      if (Object.keys(errors).length) return sendImportsPage(request, reply, callId, errors, 400);
      const started = await startUploadImport(deps, request.staff!.id, callId || null, files.map(({ filename, data }) => ({ filename, data })));
      if (started.kind === 'no-messages') return sendImportsPage(request, reply, callId, { [uploadField]: { key: 'mail-import.error-no-messages' } }, 400);
      worker.wake();
      return reply.redirect(`/staff/imports/${started.importId}`, 303);
    });

    app.get<{ Querystring: { done?: string; input?: string } }>('/staff/imports/to-sort', sortersOnly, async (request, reply) => {
      const key = noticeOf(request.query.done);
      const inputId = idShaped.test(request.query.input ?? '') ? request.query.input : undefined;
      return sendToSortPage(request, reply, { notice: key ? { key, inputId } : null });
    });

    app.get<IdParams>('/staff/imports/:id', importersOnly, async (request, reply) => {
      const record = await findImport(db, request.params.id);
      if (!record) return reply.callNotFound();
      const [items, call] = await Promise.all([listItems(db, record.id), record.callId ? findCallById(db, record.callId) : undefined]);
      // Reloads itself while the import runs, without any script; the import goes on whether the page is open or not.
      if (isUnderWay(record)) reply.header('Refresh', '3');
      return reply.page(request.i18n.t('mail-import.progress-title', { day: request.i18n.formatDate(record.createdOn, { dateStyle: 'long', timeZone: 'UTC' }) }), (
        <ImportProgressPage record={record} call={call} items={items} maySort={mayUse(request, sorters)} />
      ));
    });

    app.post<IdParams>('/staff/imports/to-sort/:id/sort', sortersPost, async (request, reply) => {
      const { id } = request.params;
      if (!(await findKeptMessage(db, id))) return reply.callNotFound();
      const field = callFieldOf(id);
      const callId = formText(request.body, field);
      const call = callId ? await findCallById(db, callId) : undefined;
      if (!call) {
        const key = callId ? 'mail-import.error-unknown-call' : 'mail-import.error-choose-call';
        return sendToSortPage(request, reply, { errors: { [field]: { key } }, chosen: { [field]: callId } }, 422);
      }
      const outcome = await sortKeptMessage(deps, readerOf(request), id, await loadQuestionnaires(db, call));
      if (outcome.kind === 'sorted') {
        await recordAudit(db, { at: deps.clock.now(), actorId: request.staff!.id, action: 'email-sorted', subject: { type: 'email', id }, details: { input: outcome.submissionId } });
        return reply.redirect(`/staff/imports/to-sort?done=sorted&input=${outcome.submissionId}`, 303);
      }
      if (outcome.kind === 'not-found') return reply.callNotFound();
      return sendToSortPage(request, reply, { error: `mail-import.sort-refused.${outcome.kind}`, chosen: { [field]: callId } }, 409);
    });

    app.post<IdParams>('/staff/imports/to-sort/:id/dismiss', sortersPost, async (request, reply) => {
      if (!(await findKeptMessage(db, request.params.id))) return reply.callNotFound();
      if (!(await dismissKeptMessage(deps, request.params.id))) return sendToSortPage(request, reply, { error: 'mail-import.sort-refused.already-settled' }, 409);
      await recordAudit(db, { at: deps.clock.now(), actorId: request.staff!.id, action: 'email-dismissed', subject: { type: 'email', id: request.params.id } });
      return reply.redirect('/staff/imports/to-sort?done=dismissed', 303);
    });

    app.get<IdParams>('/staff/imports/to-sort/:id/original', sortersOnly, async (request, reply) => {
      const original = await openKeptMessage(deps, readerOf(request), request.params.id);
      if (original === 'not-found') return reply.callNotFound();
      if (original === 'key-missing') return sendToSortPage(request, reply, { error: 'mail-import.sort-refused.key-missing' }, 409);
      await recordAudit(db, { at: deps.clock.now(), actorId: request.staff!.id, action: 'email-opened', subject: { type: 'email', id: request.params.id } });
      return sendFile(reply, { filename: `message-${request.params.id.slice(0, 8)}.eml`, mediaType: 'message/rfc822', data: original }, 'no-store');
    });

    app.get<IdParams & { Querystring: { done?: string } }>('/staff/inputs/:id/letter', decryptersOnly, async (request, reply) => {
      const opened = await openLetter(request, reply, request.params.id);
      if (!opened) return reply;
      await recordAudit(db, { at: deps.clock.now(), actorId: request.staff!.id, action: 'input-opened', subject: { type: 'input', id: opened.input.id } });
      return sendLetterPage(request, reply, opened, letterFormOf(opened.input, opened.letter), { notice: noticeOf(request.query.done) });
    });

    app.post<IdParams>('/staff/inputs/:id/letter', decryptersPost, async (request, reply) => {
      const opened = await openLetter(request, reply, request.params.id);
      if (!opened) return reply;
      const form = readLetterForm(request.body, opened.letter.analysis.passages.length);
      const outcome = await confirmAnswers(deps, opened.call, opened.input, opened.cipher, opened.letter, confirmationOf(form));
      if (outcome.kind === 'invalid') return sendLetterPage(request, reply, opened, form, { errors: { [outcome.field]: { key: letterErrors[outcome.field] } } }, 422);
      // Another type of stakeholder answers another questionnaire: the letter was mapped again, to be looked at.
      if (outcome.remapped) return reply.redirect(`/staff/inputs/${opened.input.id}/letter?done=remapped`, 303);
      return reply.redirect(`/staff/inputs/${opened.input.id}?done=answers-confirmed`, 303);
    });
  };
}
