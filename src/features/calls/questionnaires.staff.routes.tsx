// Staff editing of a call's questionnaires and of their questions.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { sendErrorPage } from '../../http/errors.tsx';
import { pickTranslation } from '../../i18n/translator.ts';
import { requireStaff, staffPermissions } from '../accounts/index.ts';
import { addQuestionnaire } from './add-questionnaire.ts';
import { deleteQuestion } from './delete-question.ts';
import { deleteQuestionnaire } from './delete-questionnaire.ts';
import { formText } from './form-values.ts';
import { loadCallForEditing, loadQuestionnaireForEditing, questionnaireInputCount } from './load-call-for-editing.ts';
import { moveQuestion } from './move-question.ts';
import { emptyQuestionForm, questionToForm, readQuestionForm } from './question-form.ts';
import { emptyQuestionnaireForm, questionnaireToForm, readQuestionnaireForm } from './questionnaire-form.ts';
import { saveQuestion } from './save-question.ts';
import { updateQuestionnaire } from './update-questionnaire.ts';
import { QuestionPage } from './views/question-page.tsx';
import { DeleteQuestionnairePage, QuestionnairePage } from './views/questionnaire-page.tsx';

type Ids = { id: string; qid: string; questionId: string };
type Route<P extends keyof Ids> = { Params: Pick<Ids, P>; Querystring: { saved?: string } };

export function questionnairesStaffRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db } = deps;
  const changed = (reply: FastifyReply, location: string) => {
    deps.publicPages.invalidate();
    return reply.redirect(location, 303);
  };
  const title = (request: FastifyRequest, value: Record<string, string>) => pickTranslation(value, request.locale).text;

  return async (app) => {
    const guarded = { preHandler: requireStaff(staffPermissions.manageCalls) };
    const guardedPost = { preHandler: [requireStaff(staffPermissions.manageCalls), app.csrfProtection] };
    const questionnairePath = (p: Pick<Ids, 'id' | 'qid'>) => `/staff/calls/${p.id}/questionnaires/${p.qid}`;

    app.get<Route<'id'>>('/staff/calls/:id/questionnaires/new', guarded, async (request, reply) => {
      const call = await loadCallForEditing(db, request.params.id);
      if (!call) return reply.callNotFound();
      return reply.page(request.i18n.t('calls-staff.add-questionnaire'), (
        <QuestionnairePage call={call} questionnaire={null} form={emptyQuestionnaireForm()} errors={{}} />
      ));
    });

    app.post<Route<'id'>>('/staff/calls/:id/questionnaires/new', guardedPost, async (request, reply) => {
      const form = readQuestionnaireForm(request.body);
      const outcome = await addQuestionnaire(db, request.params.id, form, request.i18n);
      if (outcome.kind === 'not-found') return reply.callNotFound();
      if (outcome.kind === 'invalid') {
        const call = (await loadCallForEditing(db, request.params.id))!;
        return reply.page(request.i18n.t('calls-staff.add-questionnaire'), (
          <QuestionnairePage call={call} questionnaire={null} form={form} errors={outcome.errors} />
        ), { status: 422 });
      }
      return changed(reply, `${questionnairePath({ id: request.params.id, qid: outcome.id })}?saved=1`);
    });

    app.get<Route<'id' | 'qid'>>('/staff/calls/:id/questionnaires/:qid', guarded, async (request, reply) => {
      const found = await loadQuestionnaireForEditing(db, request.params.id, request.params.qid);
      if (!found) return reply.callNotFound();
      return reply.page(title(request, found.questionnaire.title), (
        <QuestionnairePage {...found} form={questionnaireToForm(found.questionnaire)} errors={{}} saved={request.query.saved === '1'} />
      ));
    });

    app.post<Route<'id' | 'qid'>>('/staff/calls/:id/questionnaires/:qid', guardedPost, async (request, reply) => {
      const form = readQuestionnaireForm(request.body);
      const outcome = await updateQuestionnaire(db, request.params.id, request.params.qid, form, request.i18n);
      if (outcome.kind === 'not-found') return reply.callNotFound();
      if (outcome.kind === 'invalid') {
        const found = (await loadQuestionnaireForEditing(db, request.params.id, request.params.qid))!;
        return reply.page(title(request, found.questionnaire.title), (
          <QuestionnairePage {...found} form={form} errors={outcome.errors} />
        ), { status: 422 });
      }
      return changed(reply, `${questionnairePath(request.params)}?saved=1`);
    });

    app.get<Route<'id' | 'qid'>>('/staff/calls/:id/questionnaires/:qid/delete', guarded, async (request, reply) => {
      const found = await loadQuestionnaireForEditing(db, request.params.id, request.params.qid);
      if (!found) return reply.callNotFound();
      const inputs = await questionnaireInputCount(db, request.params.qid);
      return reply.page(request.i18n.t('calls-staff.delete-questionnaire'), <DeleteQuestionnairePage {...found} inputs={inputs} />);
    });

    app.post<Route<'id' | 'qid'>>('/staff/calls/:id/questionnaires/:qid/delete', guardedPost, async (request, reply) => {
      const outcome = await deleteQuestionnaire(db, request.params.id, request.params.qid);
      if (outcome.kind === 'not-found') return reply.callNotFound();
      if (outcome.kind === 'has-inputs') {
        const found = (await loadQuestionnaireForEditing(db, request.params.id, request.params.qid))!;
        return reply.page(request.i18n.t('calls-staff.delete-questionnaire'), <DeleteQuestionnairePage {...found} inputs={outcome.count} />, { status: 409 });
      }
      return changed(reply, `/staff/calls/${request.params.id}/edit?saved=1`);
    });

    app.get<Route<'id' | 'qid'>>('/staff/calls/:id/questionnaires/:qid/questions/new', guarded, async (request, reply) => {
      const found = await loadQuestionnaireForEditing(db, request.params.id, request.params.qid);
      if (!found) return reply.callNotFound();
      const form = emptyQuestionForm(String(found.questionnaire.questions.length + 1));
      return reply.page(request.i18n.t('calls-staff.add-question'), <QuestionPage {...found} question={null} form={form} errors={{}} />);
    });

    app.post<Route<'id' | 'qid'>>('/staff/calls/:id/questionnaires/:qid/questions/new', guardedPost, async (request, reply) => {
      const form = readQuestionForm(request.body);
      const outcome = await saveQuestion(db, { callId: request.params.id, questionnaireId: request.params.qid }, form);
      if (outcome.kind === 'not-found') return reply.callNotFound();
      if (outcome.kind === 'invalid') {
        const found = (await loadQuestionnaireForEditing(db, request.params.id, request.params.qid))!;
        return reply.page(request.i18n.t('calls-staff.add-question'), <QuestionPage {...found} question={null} form={form} errors={outcome.errors} />, { status: 422 });
      }
      return changed(reply, `${questionnairePath(request.params)}?saved=1#question-${outcome.id}`);
    });

    app.get<Route<'id' | 'qid' | 'questionId'>>('/staff/calls/:id/questionnaires/:qid/questions/:questionId', guarded, async (request, reply) => {
      const found = await loadQuestionnaireForEditing(db, request.params.id, request.params.qid);
      const question = found?.questionnaire.questions.find((q) => q.id === request.params.questionId);
      if (!found || !question) return reply.callNotFound();
      return reply.page(request.i18n.t('calls-staff.edit-question', { number: question.number }), (
        <QuestionPage {...found} question={question} form={questionToForm(question)} errors={{}} />
      ));
    });

    app.post<Route<'id' | 'qid' | 'questionId'>>('/staff/calls/:id/questionnaires/:qid/questions/:questionId', guardedPost, async (request, reply) => {
      const { id, qid, questionId } = request.params;
      const form = readQuestionForm(request.body);
      const outcome = await saveQuestion(db, { callId: id, questionnaireId: qid, questionId }, form);
      if (outcome.kind === 'not-found') return reply.callNotFound();
      if (outcome.kind === 'invalid') {
        const found = (await loadQuestionnaireForEditing(db, id, qid))!;
        const question = found.questionnaire.questions.find((q) => q.id === questionId)!;
        return reply.page(request.i18n.t('calls-staff.edit-question', { number: question.number }), (
          <QuestionPage {...found} question={question} form={form} errors={outcome.errors} />
        ), { status: 422 });
      }
      return changed(reply, `${questionnairePath(request.params)}?saved=1#question-${questionId}`);
    });

    app.post<Route<'id' | 'qid' | 'questionId'>>('/staff/calls/:id/questionnaires/:qid/questions/:questionId/move', guardedPost, async (request, reply) => {
      const direction = formText(request.body, 'direction');
      if (direction !== 'up' && direction !== 'down') return sendErrorPage(request, reply, 400, 'bad-request');
      const outcome = await moveQuestion(db, { callId: request.params.id, questionnaireId: request.params.qid, questionId: request.params.questionId }, direction);
      if (outcome === 'not-found') return reply.callNotFound();
      return changed(reply, `${questionnairePath(request.params)}#question-${request.params.questionId}`);
    });

    app.post<Route<'id' | 'qid' | 'questionId'>>('/staff/calls/:id/questionnaires/:qid/questions/:questionId/delete', guardedPost, async (request, reply) => {
      const { id, qid, questionId } = request.params;
      const outcome = await deleteQuestion(db, { callId: id, questionnaireId: qid, questionId });
      if (outcome.kind === 'not-found') return reply.callNotFound();
      if (outcome.kind === 'has-inputs') {
        const found = (await loadQuestionnaireForEditing(db, id, qid))!;
        return reply.page(title(request, found.questionnaire.title), (
          <QuestionnairePage {...found} form={questionnaireToForm(found.questionnaire)} errors={{}}
            questionError={{ key: 'calls-staff.question-has-inputs', values: { count: outcome.count } }} />
        ), { status: 409 });
      }
      return changed(reply, `${questionnairePath(request.params)}?saved=1`);
    });
  };
}
