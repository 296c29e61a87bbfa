// Where analysis of a call starts: its questions, questionnaire by questionnaire, and the quote bank.
import { pickTranslation } from '../../../i18n/translator.ts';
import { usePage } from '../../../views/page-context.ts';
import type { CallWithQuestionnaires } from '../../calls/index.ts';

export function QuestionsIndexView({ call }: { call: CallWithQuestionnaires }) {
  const { i18n } = usePage();
  const { t } = i18n;
  const title = pickTranslation(call.title, i18n.locale);
  return (
    <section>
      <p><a href="/staff">{t('analysis.back-to-staff')}</a></p>
      <h1>{t('analysis.questions-title')} <span class="meta" lang={title.lang}>{title.text}</span></h1>
      <p>
        <a href={`/staff/calls/${call.id}/quotes`}>{t('analysis.quote-bank-title')}</a>
        {' · '}
        <a href={`/staff/calls/${call.id}/codebook`}>{t('analysis.codebook-link')}</a>
      </p>
      {call.questionnaires.map((questionnaire) => {
        const heading = pickTranslation(questionnaire.title, i18n.locale);
        return (
          <>
            <h2 lang={heading.lang}>{heading.text}</h2>
            <ol class="links">
              {questionnaire.questions.map((question) => {
                const text = pickTranslation(question.text, i18n.locale);
                return (
                  <li>
                    <a href={`/staff/calls/${call.id}/questions/${question.id}`}>{t('analysis.question-title', { number: question.number })}</a>{' '}
                    <span lang={text.lang}>{text.text}</span>
                  </li>
                );
              })}
            </ol>
          </>
        );
      })}
    </section>
  );
}
