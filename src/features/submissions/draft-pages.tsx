// Renders the answer form for a new or saved draft, with its notices and errors; shared by the call's answer
// routes and the draft routes so both show the same form the same way.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ComponentChildren } from 'preact';
import { pickTranslation } from '../../i18n/translator.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { acceptsAnswers, isPastDeadline, type CallWithQuestionnaires, type Questionnaire, type StakeholderType } from '../calls/index.ts';
import type { Clock } from '../../platform/clock.ts';
import type { OpenedSubmission } from './open-submission.ts';
import type { AttachmentInfo, SubmissionContent } from './submission.ts';
import { AnswerFormView, type AnswerFormViewProps } from './views/answer-form-view.tsx';
import { formatDeadline } from './views/dates.ts';
import { ClosedWarning, LateWarning } from './views/draft-notices.tsx';

/** What the answer form shows, before errors and notices are added; `token` is null until a draft exists. */
export type FormState = Omit<AnswerFormViewProps, 'errors' | 'downloadHref' | 'notices'> & { token: string | null };

export function draftFormState(opened: OpenedSubmission): FormState {
  const { submission } = opened;
  return {
    call: opened.call, questionnaire: opened.questionnaire, stakeholderType: submission.stakeholderType,
    action: `/drafts/${opened.token}`, content: submission.content, language: submission.language,
    consent: submission.consent, attachments: submission.attachments, token: opened.token,
  };
}

export function draftDownloadHref(token: string | null): (attachment: AttachmentInfo) => string | null {
  return (attachment) => (token ? `/drafts/${token}/attachments/${attachment.id}` : null);
}

/** The deadline notice a form needs now: closed (drafts are kept, submitting is not possible) or late-but-accepted. */
export function deadlineNotice(request: FastifyRequest, call: CallWithQuestionnaires, clock: Clock): ComponentChildren {
  const now = clock.now();
  const deadline = formatDeadline(request.i18n, call);
  if (!acceptsAnswers(call, now)) return <ClosedWarning deadline={deadline} contact={call.contactEmail} />;
  if (isPastDeadline(call, now)) return <LateWarning deadline={deadline} />;
  return null;
}

export function sendAnswerForm(
  request: FastifyRequest,
  reply: FastifyReply,
  state: FormState,
  options: { errors?: FieldErrors; notices?: ComponentChildren; status?: number } = {},
): FastifyReply {
  const title = pickTranslation(state.call.title, request.locale).text;
  const errors = options.errors ?? {};
  const pageTitle = Object.keys(errors).length
    ? request.i18n.t('submissions.form-title-with-errors', { title })
    : request.i18n.t('submissions.form-title', { title });
  return reply.page(pageTitle, (
    <AnswerFormView
      call={state.call} questionnaire={state.questionnaire} stakeholderType={state.stakeholderType} action={state.action}
      content={state.content} language={state.language} consent={state.consent} attachments={state.attachments}
      errors={errors} downloadHref={draftDownloadHref(state.token)} notices={options.notices}
    />
  ), { status: options.status ?? 200 });
}
