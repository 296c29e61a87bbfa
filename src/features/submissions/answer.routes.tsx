// The submitter's first steps on a call (anonymous): choose a questionnaire, get the blank form, save a first draft.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { pickTranslation } from '../../i18n/translator.ts';
import { acceptsAnswers, questionnaireFor, type CallWithQuestionnaires } from '../calls/index.ts';
import { readAnswerForm } from './answer-form.ts';
import { deadlineNotice, draftFormState, sendAnswerForm } from './draft-pages.tsx';
import { parseFormBody } from './form-body.ts';
import { coveredStakeholderTypes, isStakeholderType, loadCallForAnswers } from './load-call-for-answers.ts';
import { openDraft } from './open-submission.ts';
import { resumeLink, startDraft } from './start-draft.ts';
import { emptyContent } from './submission.ts';
import { CallClosedView, ChooseTypeView } from './views/call-pages.tsx';
import { CreatedNotice } from './views/draft-notices.tsx';

type CallParams = { Params: { slug: string } };
type AnswerParams = { Params: { slug: string; type: string } };

function sendClosed(request: FastifyRequest, reply: FastifyReply, call: CallWithQuestionnaires): FastifyReply {
  return reply.page(request.i18n.t('submissions.closed-heading'), <CallClosedView call={call} />);
}

/** The call and the questionnaire for a stakeholder type, or nothing when either does not exist for submitters. */
async function findQuestionnaire(deps: AppDeps, slug: string, type: string) {
  const call = await loadCallForAnswers(deps.db, slug);
  if (!call || !isStakeholderType(type)) return undefined;
  const questionnaire = questionnaireFor(call, type);
  return questionnaire && { call, questionnaire, type };
}

export async function answerRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.get<CallParams>('/calls/:slug/answer', async (request, reply) => {
    const call = await loadCallForAnswers(deps.db, request.params.slug);
    if (!call) return reply.callNotFound();
    if (!acceptsAnswers(call, deps.clock.now())) return sendClosed(request, reply, call);
    const title = pickTranslation(call.title, request.locale).text;
    return reply.page(request.i18n.t('submissions.choose-title', { title }), <ChooseTypeView call={call} types={coveredStakeholderTypes(call)} />);
  });

  app.get<AnswerParams>('/calls/:slug/answer/:type', async (request, reply) => {
    const found = await findQuestionnaire(deps, request.params.slug, request.params.type);
    if (!found) return reply.callNotFound();
    const { call, questionnaire, type } = found;
    if (!acceptsAnswers(call, deps.clock.now())) return sendClosed(request, reply, call);
    return sendAnswerForm(request, reply, {
      call, questionnaire, stakeholderType: type, action: `/calls/${encodeURIComponent(call.slug)}/answer/${type}`,
      content: emptyContent(), language: null, consent: null, attachments: [], token: null,
    }, { notices: deadlineNotice(request, call, deps.clock) });
  });

  app.post<AnswerParams>('/calls/:slug/answer/:type', { preHandler: app.csrfProtection }, async (request, reply) => {
    const found = await findQuestionnaire(deps, request.params.slug, request.params.type);
    if (!found) return reply.callNotFound();
    const { call, questionnaire, type } = found;
    // Saving is allowed even after the deadline: what someone typed is never thrown away; submitting is what closes.
    const input = readAnswerForm(questionnaire, await parseFormBody(request.body));
    const started = await startDraft(deps, call, questionnaire, type, input, request.locale);
    if (Object.keys(started.fileErrors).length) {
      // The draft exists now; show its private link here, since this response is the only one that carries it.
      const opened = await openDraft(deps.db, started.token);
      if (!opened) throw new Error('a draft just created could not be read back');
      return sendAnswerForm(request, reply, draftFormState(opened), {
        errors: started.fileErrors, status: 422,
        notices: <CreatedNotice link={resumeLink(deps.config.baseUrl, started.token)} resumeMail={started.resumeMail} />,
      });
    }
    if (input.action === 'review') return reply.redirect(`/drafts/${started.token}/review`, 303);
    const mail = started.resumeMail === 'none' ? '' : `&mail=${started.resumeMail}`;
    return reply.redirect(`/drafts/${started.token}?created=1${mail}`, 303);
  });
}
