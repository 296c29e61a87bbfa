// One input's answer to the question: who sent it (as metadata, never the name: the input page has that), each
// part's answer, its text fields in paragraphs to code and quote, and the codings the ticked choices made.
import { countryName } from '../../../i18n/countries.ts';
import { pickTranslation } from '../../../i18n/translator.ts';
import { usePage } from '../../../views/page-context.ts';
import { partRef as refOf, type Part } from '../../calls/index.ts';
import type { Submission } from '../../submissions/index.ts';
import type { Coding, TextRef } from '../coding.ts';
import type { AnswerOnPage } from '../list-question-answers.ts';
import { paragraphsOf } from '../paragraphs.ts';
import { languageName } from './labels.ts';
import { CodingItem, PassageBlock } from './passage-block.tsx';
import type { WorkspaceContext } from './workspace-context.ts';

const textFields: TextRef['field'][] = ['text', 'other', 'details'];

function PartAnswerView({ context, input, part, codings, quotes, rejections }: { context: WorkspaceContext; input: Submission; part: Part } & Pick<AnswerOnPage, 'codings' | 'quotes' | 'rejections'>) {
  const { i18n } = usePage();
  const { t } = i18n;
  const ref = refOf(context.question, part);
  const answer = input.content.answers[ref] ?? {};
  const choiceLabel = (key: string) => pickTranslation(part.choices.find((c) => c.key === key)?.label ?? { en: key }, i18n.locale).text;
  const choiceCodings = codings.filter((c) => c.anchor.kind === 'choice' && c.anchor.partRef === ref);
  const files = input.attachments.filter((a) => a.partRef === ref);
  const label = pickTranslation(part.label, i18n.locale);
  return (
    <div class="part">
      {context.question.parts.length > 1 ? <h4 lang={label.lang}>{label.text}</h4> : null}
      {answer.choices?.length ? <p>{t('analysis.ticked', { choices: answer.choices.map(choiceLabel).join(' · ') })}</p> : null}
      {choiceCodings.length ? <ul class="codings" aria-label={t('analysis.codings-of-choices')}>{choiceCodings.map((coding) => <CodingItem context={context} inputId={input.id} coding={coding} />)}</ul> : null}
      {answer.yesNo ? <p>{t(`domain.${answer.yesNo}`)}</p> : null}
      {answer.countries?.length ? <p>{answer.countries.map((c) => countryName(c, i18n.locale)).join(', ')}</p> : null}
      {files.map((file) => <p><a href={`/staff/inputs/${input.id}/attachments/${file.id}`}>{file.filename}</a></p>)}
      {textFields.map((field) => {
        const text = answer[field];
        if (!text) return null;
        const where = { partRef: ref, field };
        const paragraphs = paragraphsOf(text);
        const on = (start: number) => paragraphs.findIndex((p) => start >= p.start && start < p.end);
        const here = codings.filter((c) => c.anchor.kind === 'passage' && c.anchor.partRef === ref && c.anchor.field === field);
        const quotesHere = quotes.filter((q) => q.passage.partRef === ref && q.passage.field === field);
        const rejectionsHere = rejections.filter((r) => r.passage.partRef === ref && r.passage.field === field);
        // A passage whose start lies in no paragraph (text changed since): listed after the text, still removable.
        const stray = here.filter((c) => c.anchor.kind === 'passage' && on(c.anchor.start) < 0);
        return (
          <div class="answer-text">
            {field !== 'text' ? <p class="meta">{t(`analysis.field.${field}`)}</p> : null}
            {paragraphs.map((paragraph, index) => (
              <PassageBlock
                context={context} inputId={input.id} language={input.language} where={where} paragraph={paragraph}
                codings={here.filter((c) => c.anchor.kind === 'passage' && on(c.anchor.start) === index)}
                quotes={quotesHere.filter((q) => on(q.passage.start) === index)}
                rejections={rejectionsHere.filter((r) => on(r.passage.start) === index)}
              />
            ))}
            {stray.length ? <ul class="codings">{stray.map((coding) => <CodingItem context={context} inputId={input.id} coding={coding} />)}</ul> : null}
          </div>
        );
      })}
    </div>
  );
}

export function AnswerCard({ context, answer }: { context: WorkspaceContext; answer: AnswerOnPage }) {
  const { i18n } = usePage();
  const { t } = i18n;
  const { input } = answer;
  const answered = context.question.parts.some((part) => Object.values(input.content.answers[refOf(context.question, part)] ?? {}).some((v) => (Array.isArray(v) ? v.length : v)));
  const error = context.error?.inputId === input.id && context.error.partRef === '' ? context.error : null;
  return (
    <article id={`input-${input.id}`} class="answer">
      <h3><a href={`/staff/inputs/${input.id}`}>{input.reference}</a></h3>
      <p class="meta">
        {t(`domain.stakeholder.${input.stakeholderType}`)}
        {' · '}{input.content.submitter.countries.map((c) => countryName(c, i18n.locale)).join(', ') || t('analysis.no-country')}
        {' · '}{languageName(t, input.language)}
      </p>
      {error ? <p class="field-error" role="alert">{t(error.key)}</p> : null}
      {answered
        ? context.question.parts.map((part) => <PartAnswerView context={context} input={input} part={part} codings={answer.codings} quotes={answer.quotes} rejections={answer.rejections} />)
        : <p class="meta">{t('analysis.no-answer')}</p>}
    </article>
  );
}
