// Staff pages for working on answers: a call's questions, every answer to one question (filter, code, quote), and
// the quote bank. Only members who can hold an input's key (administrators, recipients of the call) reach them.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { formText } from '../../http/form-fields.ts';
import { handlesCall, privateKeyOf, recordAudit, requireStaff, staffPermissions } from '../accounts/index.ts';
import { findCallById, loadQuestionnaires, type CallWithQuestionnaires, type Question } from '../calls/index.ts';
import { inputCipherFor, type Reader } from '../review/open-input.ts';
import { findSubmittedStoredInput, openStoredInput } from '../submissions/index.ts';
import { filterQuery, readFilters, readPage } from './answer-filters.ts';
import { staffNamesOf } from './answers.repository.ts';
import type { OpenedInput } from './analysis-deps.ts';
import { applyCode } from './apply-code.ts';
import { CodeSuggester, codeForChoice } from './codebook/index.ts';
import { codebookLanguages, type Code } from './codebook.ts';
import { listCodebook } from './list-codebook.ts';
import { listQuestionAnswers } from './list-question-answers.ts';
import { listQuoteBank } from './list-quote-bank.ts';
import { markQuote } from './mark-quote.ts';
import { removeCoding } from './remove-coding.ts';
import { rejectSuggestion } from './reject-suggestion.ts';
import { removeQuote } from './remove-quote.ts';
import { restoreSuggestion } from './restore-suggestion.ts';
import { QuestionAnswersView } from './views/question-answers-view.tsx';
import { QuestionsIndexView } from './views/questions-index-view.tsx';
import { QuoteBankView } from './views/quote-bank-view.tsx';
import type { PassageError } from './views/workspace-context.ts';

/** Outcomes shown after a redirect, by name, so a query string can never choose an arbitrary message. */
const notices = {
  coded: 'analysis.done-coded',
  uncoded: 'analysis.done-uncoded',
  quoted: 'analysis.done-quoted',
  unquoted: 'analysis.done-unquoted',
  rejected: 'analysis.done-rejected',
  offered: 'analysis.done-offered',
} as const;
type Notice = keyof typeof notices;
const noticeOf = (done: unknown) => (typeof done === 'string' && done in notices ? notices[done as Notice] : null);

type CallParams = { Params: { id: string } };
type QuestionParams = { Params: { id: string; questionId: string } };
type Query = { Querystring: Record<string, string | undefined> };
type ActionOutcome = { done: Notice } | { error: PassageError; status: number };

const readerOf = (request: FastifyRequest): Reader => ({ id: request.staff!.id, privateKey: privateKeyOf(request) });
const suggesterFor = (codes: readonly Code[]) =>
  new CodeSuggester(codes.map((code) => ({ key: code.key, terms: Object.fromEntries(codebookLanguages.map((l) => [l, [...(code.terms[l] ?? [])]])) as Record<(typeof codebookLanguages)[number], string[]> })));

export function analysisRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db } = deps;

  /** The call, if this member handles it. */
  async function handledCall(request: FastifyRequest, id: string): Promise<CallWithQuestionnaires | undefined> {
    const call = await findCallById(db, id);
    return call && (await handlesCall(db, request.staff!, call.id)) ? loadQuestionnaires(db, call) : undefined;
  }

  async function callAndQuestion(request: FastifyRequest, params: QuestionParams['Params']) {
    const call = await handledCall(request, params.id);
    const question = call?.questionnaires.flatMap((q) => q.questions).find((q) => q.id === params.questionId);
    return call && question ? { call, question } : undefined;
  }

  async function renderQuestion(
    request: FastifyRequest, reply: FastifyReply, call: CallWithQuestionnaires, question: Question, source: unknown,
    message: { notice?: string | null; error?: PassageError | null } = {}, status = 200,
  ) {
    const filters = readFilters(source);
    const reader = readerOf(request);
    const [codebook, everyCode] = await Promise.all([listCodebook(db, call.id), listCodebook(db, call.id, { includeArchived: true })]);
    const active = codebook.flatMap((c) => c.codes);
    const answers = await listQuestionAnswers(deps, { callId: call.id, reader, question, filters, page: readPage(source), codeForChoice });
    // One audit entry per input whose answer this page showed, as opening the input's own page records one.
    await Promise.all(answers.answers.map((answer) => recordAudit(db, {
      at: deps.clock.now(), actorId: reader.id, action: 'input-opened', subject: { type: 'input', id: answer.input.id },
    })));
    const staffNames = await staffNamesOf(db, answers.answers.flatMap((a) => [
      ...a.codings.flatMap((c) => (c.codedBy ? [c.codedBy] : [])), ...a.quotes.map((q) => q.markedBy), ...a.rejections.map((r) => r.rejectedBy),
    ]));
    const context = {
      base: `/staff/calls/${call.id}/questions/${question.id}`, question, codebook,
      codesById: new Map(everyCode.flatMap((c) => c.codes).map((code) => [code.id, code])),
      activeByKey: new Map(active.map((code) => [code.key, code])), suggester: suggesterFor(active),
      staffNames, filters, page: answers.page, error: message.error ?? null,
    };
    return reply.page(request.i18n.t('analysis.question-page-title', { number: question.number }), (
      <QuestionAnswersView call={call} context={context} answers={answers} notice={message.notice ?? null} keyMissing={reader.privateKey === null} />
    ), { status });
  }

  /**
   * The input a form names, opened, if it is a submitted input to this question's questionnaire that the member
   * holds; otherwise the reply is sent (404, or the page again with why it stays sealed).
   */
  async function openedFromForm(request: FastifyRequest, reply: FastifyReply, call: CallWithQuestionnaires, questionnaireId: string | null, question?: Question) {
    const stored = await findSubmittedStoredInput(db, formText(request.body, 'input'));
    if (!stored || stored.callId !== call.id || (questionnaireId && stored.questionnaireId !== questionnaireId)) return void reply.callNotFound();
    const cipher = await inputCipherFor(db, readerOf(request), stored.id);
    if (typeof cipher === 'string') {
      const error = { inputId: '', partRef: '', field: '', start: -1, key: `analysis.error.${cipher}` };
      if (question) return void (await renderQuestion(request, reply, call, question, request.body, { error }, 409));
      return void (await renderQuoteBank(request, reply, call, { error: error.key }, 409));
    }
    return { input: openStoredInput(stored, cipher), cipher };
  }

  const backTo = (reply: FastifyReply, request: FastifyRequest, base: string, notice: Notice, inputId: string) =>
    reply.redirect(`${base}${filterQuery(readFilters(request.body), readPage(request.body), { done: notice })}#input-${inputId}`, 303);

  /** Offsets and text a paragraph form names; a refusal comes back beside that paragraph. */
  const passageOf = (body: unknown) => ({
    partRef: formText(body, 'ref'), field: formText(body, 'field') as 'text' | 'details' | 'other',
    start: Number.parseInt(formText(body, 'start'), 10), end: Number.parseInt(formText(body, 'end'), 10),
  });
  const errorAt = (body: unknown, inputId: string, reason: string): PassageError => {
    const passage = passageOf(body);
    return { inputId, partRef: passage.partRef, field: passage.field, start: passage.start, key: `analysis.error.${reason}` };
  };

  async function renderQuoteBank(request: FastifyRequest, reply: FastifyReply, call: CallWithQuestionnaires, message: { notice?: string | null; error?: string | null } = {}, status = 200) {
    const reader = readerOf(request);
    const bank = await listQuoteBank(deps, reader, call.id);
    await Promise.all([...new Set(bank.quotes.map((q) => q.inputId))].map((id) => recordAudit(db, {
      at: deps.clock.now(), actorId: reader.id, action: 'input-opened', subject: { type: 'input', id },
    })));
    const staffNames = await staffNamesOf(db, bank.quotes.map((q) => q.markedBy));
    return reply.page(request.i18n.t('analysis.quote-bank-title'), (
      <QuoteBankView call={call} bank={bank} staffNames={staffNames} notice={message.notice ?? null} error={message.error ?? null} keyMissing={reader.privateKey === null} />
    ), { status });
  }

  return async (app) => {
    // Answers are content: only roles that can hold an input's key; recipients only for the calls they handle.
    const decryptersOnly = { preHandler: requireStaff(staffPermissions.decryptInputs) };
    const decryptersPost = { preHandler: [requireStaff(staffPermissions.decryptInputs), app.csrfProtection] };

    app.get<CallParams>('/staff/calls/:id/questions', decryptersOnly, async (request, reply) => {
      const call = await handledCall(request, request.params.id);
      if (!call) return reply.callNotFound();
      return reply.page(request.i18n.t('analysis.questions-title'), <QuestionsIndexView call={call} />);
    });

    app.get<QuestionParams & Query>('/staff/calls/:id/questions/:questionId', decryptersOnly, async (request, reply) => {
      const found = await callAndQuestion(request, request.params);
      if (!found) return reply.callNotFound();
      return renderQuestion(request, reply, found.call, found.question, request.query, { notice: noticeOf(request.query.done) });
    });

    /** An action on one input's answer: done → back to the same view at that answer; refused → the page, with why. */
    function questionAction(action: string, act: (body: unknown, opened: OpenedInput, staffId: string) => Promise<ActionOutcome>) {
      app.post<QuestionParams>(`/staff/calls/:id/questions/:questionId/${action}`, decryptersPost, async (request, reply) => {
        const found = await callAndQuestion(request, request.params);
        if (!found) return reply.callNotFound();
        const opened = await openedFromForm(request, reply, found.call, found.question.questionnaireId, found.question);
        if (!opened) return reply;
        const outcome = await act(request.body, opened, request.staff!.id);
        if ('error' in outcome) return renderQuestion(request, reply, found.call, found.question, request.body, { error: outcome.error }, outcome.status);
        return backTo(reply, request, `/staff/calls/${found.call.id}/questions/${found.question.id}`, outcome.done, opened.input.id);
      });
    }
    const answerError = (opened: OpenedInput, reason: string): ActionOutcome =>
      ({ error: { inputId: opened.input.id, partRef: '', field: '', start: -1, key: `analysis.error.${reason}` }, status: 404 });

    questionAction('codings', async (body, opened, staffId) => {
      const codeId = formText(body, 'code-id');
      const source = formText(body, 'source') === 'suggestion-accepted' ? 'suggestion-accepted' : 'staff';
      const outcome = codeId ? await applyCode(deps, opened, staffId, { ...passageOf(body), codeId, source }) : { kind: 'refused' as const, reason: 'choose-code' };
      return outcome.kind === 'refused' ? { error: errorAt(body, opened.input.id, outcome.reason), status: 422 } : { done: 'coded' };
    });
    questionAction('codings/remove', async (body, opened) =>
      ((await removeCoding(deps, opened.cipher, formText(body, 'coding'))) === 'removed' ? { done: 'uncoded' } : answerError(opened, 'coding-not-found')));
    questionAction('suggestions/reject', async (body, opened, staffId) => {
      const outcome = await rejectSuggestion(deps, opened, staffId, { ...passageOf(body), codeId: formText(body, 'code-id') });
      return outcome.kind === 'refused' ? { error: errorAt(body, opened.input.id, outcome.reason), status: 422 } : { done: 'rejected' };
    });
    questionAction('suggestions/restore', async (body, opened) =>
      ((await restoreSuggestion(deps, opened.cipher, formText(body, 'rejection'))) === 'restored' ? { done: 'offered' } : answerError(opened, 'rejection-not-found')));
    questionAction('quotes', async (body, opened, staffId) => {
      const outcome = await markQuote(deps, opened, staffId, passageOf(body));
      return outcome.kind === 'refused' ? { error: errorAt(body, opened.input.id, outcome.reason), status: 422 } : { done: 'quoted' };
    });
    questionAction('quotes/remove', async (body, opened) =>
      ((await removeQuote(deps, opened.cipher, formText(body, 'quote'))) === 'removed' ? { done: 'unquoted' } : answerError(opened, 'quote-not-found')));

    app.get<CallParams & Query>('/staff/calls/:id/quotes', decryptersOnly, async (request, reply) => {
      const call = await handledCall(request, request.params.id);
      if (!call) return reply.callNotFound();
      return renderQuoteBank(request, reply, call, { notice: noticeOf(request.query.done) });
    });

    app.post<CallParams>('/staff/calls/:id/quotes/remove', decryptersPost, async (request, reply) => {
      const call = await handledCall(request, request.params.id);
      if (!call) return reply.callNotFound();
      const opened = await openedFromForm(request, reply, call, null);
      if (!opened) return reply;
      if ((await removeQuote(deps, opened.cipher, formText(request.body, 'quote'))) === 'not-found') {
        return renderQuoteBank(request, reply, call, { error: 'analysis.error.quote-not-found' }, 404);
      }
      return reply.redirect(`/staff/calls/${call.id}/quotes?done=unquoted`, 303);
    });
  };
}
