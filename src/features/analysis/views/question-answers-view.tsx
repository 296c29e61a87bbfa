// The per-question page: navigation between the call's questions, the filters (a plain GET form), the inputs the
// reader cannot open, and a page of answers to code and quote.
import { KeyMissingNotice } from '../../accounts/index.ts';
import { countryName } from '../../../i18n/countries.ts';
import { pickTranslation } from '../../../i18n/translator.ts';
import { SelectField } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import { UnreadableInputs } from './unreadable-inputs.tsx';
import type { CallWithQuestionnaires } from '../../calls/index.ts';
import { filterQuery } from '../answer-filters.ts';
import type { QuestionAnswers } from '../list-question-answers.ts';
import { AnswerCard } from './answer-card.tsx';
import { CodeSelect } from './code-select.tsx';
import { languageName, regionLabel } from './labels.ts';
import type { WorkspaceContext } from './workspace-context.ts';

export interface QuestionAnswersViewProps {
  call: CallWithQuestionnaires;
  context: WorkspaceContext;
  answers: QuestionAnswers;
  notice: string | null;
  keyMissing: boolean;
}

export function QuestionNavigation({ call, current }: { call: CallWithQuestionnaires; current: string }) {
  const { i18n } = usePage();
  const { t } = i18n;
  const questions = call.questionnaires.flatMap((q) => q.questions);
  const at = questions.findIndex((q) => q.id === current);
  const href = (id: string) => `/staff/calls/${call.id}/questions/${id}`;
  const previous = questions[at - 1];
  const next = questions[at + 1];
  return (
    <nav aria-label={t('analysis.question-navigation')} class="actions">
      <a href={`/staff/calls/${call.id}/questions`}>{t('analysis.all-questions')}</a>
      {previous ? <a href={href(previous.id)} rel="prev">{t('analysis.previous-question', { number: previous.number })}</a> : null}
      {next ? <a href={href(next.id)} rel="next">{t('analysis.next-question', { number: next.number })}</a> : null}
      <a href={`/staff/calls/${call.id}/quotes`}>{t('analysis.quote-bank-title')}</a>
    </nav>
  );
}

export function QuestionAnswersView({ call, context, answers, notice, keyMissing }: QuestionAnswersViewProps) {
  const { i18n } = usePage();
  const { t } = i18n;
  const { question, filters } = context;
  const text = pickTranslation(question.text, i18n.locale);
  const title = pickTranslation(call.title, i18n.locale);
  const collator = new Intl.Collator(i18n.locale);
  const select = (name: 'type' | 'country' | 'region' | 'language', label: (value: string) => string) => (
    <SelectField
      name={name} label={t(`analysis.filter.${name}`)} value={filters[name] ?? ''} placeholder={t('analysis.filter-all')}
      options={answers.options[name].map((value) => ({ value, label: label(value) })).sort((a, b) => collator.compare(a.label, b.label))}
    />
  );
  return (
    <section>
      <p class="meta" lang={title.lang}>{title.text}</p>
      <h1>{t('analysis.question-title', { number: question.number })} <span lang={text.lang}>{text.text}</span></h1>
      <QuestionNavigation call={call} current={question.id} />
      {keyMissing ? <KeyMissingNotice /> : null}
      {notice ? <p class="notice" role="status">{t(notice)}</p> : null}
      {context.error && !context.error.inputId ? <p class="error-summary" role="alert">{t(context.error.key)}</p> : null}
      <form method="get" action={context.base} class="filters" aria-label={t('analysis.filters')}>
        {select('type', (v) => t(`domain.stakeholder.${v}`))}
        {select('country', (v) => countryName(v, i18n.locale))}
        {select('region', (v) => regionLabel(t, v))}
        {select('language', (v) => languageName(t, v))}
        <CodeSelect id="f-code" name="code" label={t('analysis.filter.code')} codebook={context.codebook} value={filters.code} placeholder={t('analysis.filter-all')} />
        <div class="actions">
          <button type="submit">{t('analysis.apply-filters')}</button>
          <a href={context.base}>{t('analysis.clear-filters')}</a>
        </div>
      </form>
      <p role="status">{t('analysis.matching', { matching: answers.matching, total: answers.inputs })}</p>
      <UnreadableInputs message={t('analysis.unreadable', { count: answers.unreadable.length })} inputs={answers.unreadable} />
      {answers.answers.map((answer) => <AnswerCard context={context} answer={answer} />)}
      {answers.pages > 1 ? (
        <nav aria-label={t('analysis.pagination')} class="actions">
          {Array.from({ length: answers.pages }, (_, i) => i + 1).map((page) => (page === answers.page
            ? <span aria-current="page">{t('analysis.page', { page })}</span>
            : <a href={`${context.base}${filterQuery(filters, page)}`}>{t('analysis.page', { page })}</a>))}
        </nav>
      ) : null}
    </section>
  );
}
