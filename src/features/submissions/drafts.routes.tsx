// A draft and its receipt, reached only through the private token in their link (anonymous submitter). Once the
// input is submitted the token stops opening it: the receipt (and the receipt code, once) shows only in the browser
// that submitted, for a few minutes; afterwards the way back is the receipt code at /follow-up.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { sendFile } from '../../http/send-file.ts';
import { pickTranslation } from '../../i18n/translator.ts';
import { readAnswerForm } from './answer-form.ts';
import { deadlineNotice, draftDownloadHref, draftFormState, sendAnswerForm } from './draft-pages.tsx';
import { parseFormBody } from './form-body.ts';
import { receiptCodeShownMinutes } from './limits.ts';
import { readInputFile } from './input-cipher.ts';
import {
  locateSubmission, openDraft as openDraftByLink, openDraftWithLink, openWithReceiptCode, type LocatedSubmission, type OpenedSubmission,
} from './open-submission.ts';
import {
  clearReceiptCodeCookie, openReceiptCode, receiptCodeCookie, sealReceiptCode, setReceiptCodeCookie,
} from './receipt-code-cookie.ts';
import { saveDraft } from './save-draft.ts';
import { resumeLink } from './start-draft.ts';
import { submitDraft } from './submit-draft.ts';
import { validateForSubmission } from './validate-for-submission.ts';
import { CallClosedView } from './views/call-pages.tsx';
import { CreatedNotice, SavedNotice } from './views/draft-notices.tsx';
import { NoKeyHolderView } from './views/no-key-holder-view.tsx';
import { ReceiptView, ReviewView } from './views/review-view.tsx';

type TokenParams = { Params: { token: string } };
type FileParams = { Params: { token: string; id: string } };
type DraftQuery = { Querystring: { created?: string; saved?: string; mail?: string } };

const receiptPath = (token: string) => `/submissions/${token}/receipt`;
/** Where a token that no longer opens a submitted input leads: the receipt-code sign-in, with a word of why. */
const followUpAfterLink = '/follow-up?from=link';

/** The draft behind a token; a submitted input's token leads to its receipt instead. */
async function openDraft(deps: AppDeps, request: FastifyRequest<TokenParams>, reply: FastifyReply): Promise<OpenedSubmission | undefined> {
  const located = await locateSubmission(deps.db, request.params.token);
  if (located?.stored.status === 'submitted') {
    reply.redirect(receiptPath(located.token), 303);
    return undefined;
  }
  const opened = located && openDraftWithLink(located);
  if (!opened) reply.callNotFound();
  return opened;
}

export async function draftRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const secure = deps.config.baseUrl.startsWith('https://');
  /** The receipt code, when this request comes from the browser that just submitted this input. */
  const shownCode = (request: FastifyRequest, located: LocatedSubmission) =>
    openReceiptCode(deps.config.sessionSecret, located.stored.id, receiptCodeCookie(request), deps.clock.now());
  /** A submitted input, opened with the code its own browser still holds: the receipt's only way in. */
  async function openReceipt(request: FastifyRequest<TokenParams>): Promise<{ opened: OpenedSubmission; code: string } | 'no-code' | undefined> {
    const located = await locateSubmission(deps.db, request.params.token);
    if (!located || located.stored.status !== 'submitted') return undefined;
    const code = shownCode(request, located);
    if (!code) return 'no-code';
    const opened = await openWithReceiptCode(located, code, deps.config.sessionSecret);
    return opened && { opened, code };
  }
  const postOptions = { preHandler: app.csrfProtection };
  // Private pages: a link that leaked somewhere public must still not end up in a search engine.
  app.addHook('onSend', async (request, reply) => {
    if (/^\/(drafts|submissions)\//.test(request.url)) reply.header('X-Robots-Tag', 'noindex, nofollow');
  });

  app.get<TokenParams & DraftQuery>('/drafts/:token', async (request, reply) => {
    const opened = await openDraft(deps, request, reply);
    if (!opened) return reply;
    const { created, saved, mail } = request.query;
    const notices = (
      <>
        {created === '1' ? (
          <CreatedNotice link={resumeLink(deps.config.baseUrl, opened.token)} resumeMail={mail === 'sent' || mail === 'failed' ? mail : 'none'} />
        ) : null}
        {saved === '1' ? <SavedNotice /> : null}
        {deadlineNotice(request, opened.call, deps.clock)}
      </>
    );
    return sendAnswerForm(request, reply, draftFormState(opened), { notices });
  });

  app.post<TokenParams>('/drafts/:token', postOptions, async (request, reply) => {
    const opened = await openDraft(deps, request, reply);
    if (!opened) return reply;
    const input = readAnswerForm(opened.questionnaire, await parseFormBody(request.body));
    const outcome = await saveDraft(deps, opened, input);
    if (outcome.kind === 'already-submitted') return reply.redirect(receiptPath(opened.token), 303);
    if (Object.keys(outcome.fileErrors).length) {
      const reopened = await openDraftByLink(deps.db, opened.token);
      if (!reopened) throw new Error('a draft just saved could not be read back');
      return sendAnswerForm(request, reply, draftFormState(reopened), {
        errors: outcome.fileErrors, status: 422, notices: deadlineNotice(request, reopened.call, deps.clock),
      });
    }
    return reply.redirect(input.action === 'review' ? `/drafts/${opened.token}/review` : `/drafts/${opened.token}?saved=1`, 303);
  });

  app.get<TokenParams>('/drafts/:token/review', async (request, reply) => {
    const opened = await openDraft(deps, request, reply);
    if (!opened) return reply;
    const { submission, call, questionnaire } = opened;
    const errors = validateForSubmission(
      questionnaire, call, submission.content, submission.language, submission.consent, submission.attachments.map((a) => a.partRef),
    );
    if (Object.keys(errors).length) {
      return sendAnswerForm(request, reply, draftFormState(opened), { errors, status: 422, notices: deadlineNotice(request, call, deps.clock) });
    }
    return reply.page(request.i18n.t('submissions.review-heading'), (
      <ReviewView
        call={call} questionnaire={questionnaire} submission={submission} token={opened.token}
        downloadHref={draftDownloadHref(opened.token)} deadlineNotice={deadlineNotice(request, call, deps.clock)}
      />
    ));
  });

  app.post<TokenParams>('/drafts/:token/submit', postOptions, async (request, reply) => {
    const opened = await openDraft(deps, request, reply);
    if (!opened) return reply;
    const outcome = await submitDraft(deps, opened, request.locale);
    switch (outcome.kind) {
      case 'invalid':
        return sendAnswerForm(request, reply, draftFormState(opened), { errors: outcome.errors, status: 422 });
      case 'closed':
        return reply.page(request.i18n.t('submissions.closed-heading'), (
          <CallClosedView call={opened.call} draftHref={`/drafts/${opened.token}`} />
        ), { status: 409 });
      case 'no-key-holder':
        return reply.page(request.i18n.t('submissions.no-key-holder-heading'), (
          <NoKeyHolderView call={opened.call} draftHref={`/drafts/${opened.token}`} />
        ), { status: 409 });
      case 'already-submitted':
        return reply.redirect(receiptPath(opened.token), 303);
      case 'submitted': {
        const expires = new Date(deps.clock.now().getTime() + receiptCodeShownMinutes * 60_000);
        const sealed = sealReceiptCode(deps.config.sessionSecret, opened.submission.id, outcome.receiptCode, expires);
        setReceiptCodeCookie(reply, opened.token, sealed, secure, receiptCodeShownMinutes * 60);
        return reply.redirect(outcome.mail === 'failed' ? `${receiptPath(opened.token)}?mail=failed` : receiptPath(opened.token), 303);
      }
    }
  });

  app.get<TokenParams & DraftQuery>('/submissions/:token/receipt', async (request, reply) => {
    const receipt = await openReceipt(request);
    if (receipt === 'no-code') return reply.redirect(followUpAfterLink, 303);
    if (!receipt) return reply.callNotFound();
    const { opened: { submission, call, questionnaire, token }, code } = receipt;
    const title = pickTranslation(call.title, request.locale).text;
    return reply.page(request.i18n.t('submissions.receipt-title', { reference: submission.reference ?? '', title }), (
      <ReceiptView
        call={call} questionnaire={questionnaire} submission={submission} mailFailed={request.query.mail === 'failed'}
        downloadHref={(file) => `/submissions/${token}/attachments/${file.id}`} receiptCode={code} token={token}
      />
    ));
  });

  // "I have written down my code": the code leaves this browser now rather than in a few minutes.
  app.post<TokenParams>('/submissions/:token/receipt/noted', postOptions, async (request, reply) => {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(request.params.token)) return reply.callNotFound();
    clearReceiptCodeCookie(reply, request.params.token, secure);
    return reply.redirect('/follow-up', 303);
  });

  app.get<FileParams>('/drafts/:token/attachments/:id', async (request, reply) => {
    const opened = await openDraftByLink(deps.db, request.params.token);
    const file = opened && (await readInputFile(deps.db, opened.cipher, request.params.id));
    return file ? sendFile(reply, file, 'no-store') : reply.callNotFound();
  });

  // A submitted input's files, from its receipt only while the receipt shows (the browser that submitted).
  app.get<FileParams>('/submissions/:token/attachments/:id', async (request, reply) => {
    const receipt = await openReceipt(request);
    const file = typeof receipt === 'object' && (await readInputFile(deps.db, receipt.opened.cipher, request.params.id));
    return file ? sendFile(reply, file, 'no-store') : reply.callNotFound();
  });
}
