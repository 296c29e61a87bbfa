// A questionnaire's staff page: who answers it, its title and introduction, and its questions in order with
// the actions on each (plain POST forms, so reordering works without JavaScript).
import { ChoiceGroup, CsrfField, ErrorSummary, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import { stakeholderTypes, type CallWithQuestionnaires, type Questionnaire } from '../call.ts';
import type { QuestionnaireForm } from '../questionnaire-form.ts';
import { Breadcrumbs, SavedNotice, TranslatedFields } from './staff-parts.tsx';
import { useTranslated } from './translated.tsx';

interface Props {
  call: CallWithQuestionnaires;
  questionnaire: Questionnaire | null;
  form: QuestionnaireForm;
  errors: FieldErrors;
  saved?: boolean;
  /** A refusal about a question (e.g. it cannot be deleted), shown above the list. */
  questionError?: { key: string; values?: Record<string, number> } | undefined;
}

export function QuestionnairePage({ call, questionnaire, form, errors, saved = false, questionError }: Props) {
  const { t } = usePage().i18n;
  const tx = useTranslated();
  const callTitle = tx(call.title);
  const base = `/staff/calls/${call.id}/questionnaires`;
  const action = questionnaire ? `${base}/${questionnaire.id}` : `${base}/new`;
  const heading = questionnaire ? tx(questionnaire.title) : { text: t('calls-staff.add-questionnaire'), lang: undefined };
  return (
    <>
      <Breadcrumbs trail={[
        { href: '/staff/calls', label: t('calls-staff.list-title') },
        { href: `/staff/calls/${call.id}/edit`, label: callTitle.text, lang: callTitle.lang },
      ]} />
      <h1 lang={heading.lang}>{heading.text}</h1>
      <SavedNotice show={saved} />
      {questionnaire ? <QuestionList call={call} questionnaire={questionnaire} error={questionError} /> : null}
      {questionnaire ? <h2>{t('calls-staff.questionnaire-details-heading')}</h2> : null}
      <form method="post" action={action} noValidate>
        <CsrfField />
        <ErrorSummary errors={errors} />
        <ChoiceGroup
          name="stakeholderTypes" multiple label={t('calls-staff.field-stakeholder-types')} hint={t('calls-staff.hint-stakeholder-types')}
          errors={errors} required selected={form.stakeholderTypes}
          options={stakeholderTypes.map((s) => ({ value: s, label: t(`domain.stakeholder.${s}`) }))}
        />
        <TranslatedFields name="title" label={t('calls-staff.field-questionnaire-title')} values={form.title} errors={errors} englishRequired />
        <TranslatedFields name="intro" label={t('calls-staff.field-intro')} values={form.intro} errors={errors} multiline rows={3} />
        <div class="actions"><button type="submit">{t(questionnaire ? 'calls-staff.save' : 'calls-staff.create')}</button></div>
      </form>
      {questionnaire ? <p><a href={`${base}/${questionnaire.id}/delete`}>{t('calls-staff.delete-questionnaire')}</a></p> : null}
    </>
  );
}

function QuestionList({ call, questionnaire, error }: { call: CallWithQuestionnaires; questionnaire: Questionnaire; error: Props['questionError'] }) {
  const { t } = usePage().i18n;
  const tx = useTranslated();
  const base = `/staff/calls/${call.id}/questionnaires/${questionnaire.id}/questions`;
  const last = questionnaire.questions.length - 1;
  return (
    <>
      <h2>{t('calls-staff.questions-heading')}</h2>
      {error ? <p class="warning" role="alert">{t(error.key, error.values)}</p> : null}
      {questionnaire.questions.length ? (
        <ol class="questions">
          {questionnaire.questions.map((question, index) => {
            const text = tx(question.text);
            return (
              <li id={`question-${question.id}`} class="question">
                <p><strong>{question.number}.</strong> <span lang={text.lang}>{text.text}</span></p>
                <p class="meta">{question.parts.map((p) => t(`calls-staff.kind.${p.kind}`)).join(', ')}</p>
                <div class="actions">
                  <a href={`${base}/${question.id}`}>{t('calls-staff.edit-question', { number: question.number })}</a>
                  {index > 0 ? <MoveForm action={`${base}/${question.id}/move`} direction="up" number={question.number} /> : null}
                  {index < last ? <MoveForm action={`${base}/${question.id}/move`} direction="down" number={question.number} /> : null}
                  <form method="post" action={`${base}/${question.id}/delete`}>
                    <CsrfField />
                    <button type="submit" class="secondary">{t('calls-staff.delete-question', { number: question.number })}</button>
                  </form>
                </div>
              </li>
            );
          })}
        </ol>
      ) : <p>{t('calls-staff.no-questions')}</p>}
      <p><a class="button secondary" href={`${base}/new`}>{t('calls-staff.add-question')}</a></p>
    </>
  );
}

function MoveForm({ action, direction, number }: { action: string; direction: 'up' | 'down'; number: string }) {
  const { t } = usePage().i18n;
  return (
    <form method="post" action={action}>
      <CsrfField />
      <input type="hidden" name="direction" value={direction} />
      <button type="submit" class="secondary">{t(`calls-staff.move.${direction}`, { number })}</button>
    </form>
  );
}

export function DeleteQuestionnairePage({ call, questionnaire, inputs }: { call: CallWithQuestionnaires; questionnaire: Questionnaire; inputs: number }) {
  const { t } = usePage().i18n;
  const tx = useTranslated();
  const title = tx(questionnaire.title);
  const callTitle = tx(call.title);
  const back = `/staff/calls/${call.id}/questionnaires/${questionnaire.id}`;
  return (
    <>
      <Breadcrumbs trail={[
        { href: '/staff/calls', label: t('calls-staff.list-title') },
        { href: `/staff/calls/${call.id}/edit`, label: callTitle.text, lang: callTitle.lang },
        { href: back, label: title.text, lang: title.lang },
      ]} />
      <h1>{t('calls-staff.delete-questionnaire')}</h1>
      {inputs > 0 ? (
        <p class="warning" role="alert">{t('calls-staff.questionnaire-has-inputs', { count: inputs })}</p>
      ) : (
        <>
          <p>{t('calls-staff.delete-questionnaire-confirm', { count: questionnaire.questions.length })}</p>
          <form method="post" action={`${back}/delete`}>
            <CsrfField />
            <div class="actions"><button type="submit" class="danger">{t('calls-staff.delete-questionnaire')}</button></div>
          </form>
        </>
      )}
      <p><a href={back}>{t('calls-staff.cancel')}</a></p>
    </>
  );
}
