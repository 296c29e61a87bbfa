// One paragraph of an answer: its text, the codings, quotes and rejected suggestions on it, and the forms to code
// it (a chosen code, or a suggestion accepted or rejected) and to quote it. Without JavaScript each form acts on
// the whole paragraph.
import { usePage } from '../../../views/page-context.ts';
import type { Code } from '../codebook.ts';
import type { Coding, SuggestionRejection, TextRef } from '../coding.ts';
import type { AttributedQuote } from '../list-quotes.ts';
import type { Paragraph } from '../paragraphs.ts';
import { CodeSelect } from './code-select.tsx';
import { codeLabel } from './labels.ts';
import { PassageFields, RemoveButton } from './passage-forms.tsx';
import { RejectedSuggestions, SuggestionForms } from './suggestions.tsx';
import type { WorkspaceContext } from './workspace-context.ts';

const suggestionsShown = 5;

export interface PassageBlockProps {
  context: WorkspaceContext;
  inputId: string;
  language: string | null;
  where: TextRef;
  paragraph: Paragraph;
  codings: Coding[];
  quotes: AttributedQuote[];
  rejections: SuggestionRejection[];
}

export function CodingItem({ context, inputId, coding }: { context: WorkspaceContext; inputId: string; coding: Coding }) {
  const { i18n } = usePage();
  const { t } = i18n;
  const label = codeLabel(context.codesById.get(coding.codeId), i18n.locale);
  const who = coding.codedBy === null ? null : (context.staffNames.get(coding.codedBy) ?? t('analysis.former-member'));
  const by = who === null ? t('analysis.coded-by-choice') : t(coding.source === 'suggestion-accepted' ? 'analysis.coded-by-suggestion' : 'analysis.coded-by', { who });
  const passage = coding.anchor.kind === 'passage' ? coding.anchor.text : '';
  return (
    <li>
      <strong lang={label.lang}>{label.text}</strong> <span class="meta">{by}</span>
      {passage ? <> <q class="meta">{passage.length > 80 ? `${passage.slice(0, 80)}…` : passage}</q></> : null}{' '}
      <RemoveButton context={context} inputId={inputId} action={`${context.base}/codings/remove`} name="coding" value={coding.id}
        label={t('analysis.remove-coding', { code: label.text })} />
    </li>
  );
}

export function PassageBlock(props: PassageBlockProps) {
  const { context, inputId, language, where, paragraph, codings, quotes, rejections } = props;
  const { i18n } = usePage();
  const { t } = i18n;
  const id = `p-${inputId}-${where.partRef.replace(/[^A-Za-z0-9-]/g, '-')}-${where.field}-${paragraph.start}`;
  const error = context.error && context.error.inputId === inputId && context.error.partRef === where.partRef
    && context.error.field === where.field && context.error.start === paragraph.start ? context.error : null;
  // Neither a code the paragraph already carries nor one somebody rejected for it is suggested again.
  const settled = new Set([...codings.map((c) => c.codeId), ...rejections.map((r) => r.codeId)]);
  const suggestions = context.suggester.suggest(paragraph.text, language)
    .map((s) => context.activeByKey.get(s.code))
    .filter((code): code is Code => code !== undefined && !settled.has(code.id))
    .slice(0, suggestionsShown);
  return (
    <div class="passage" id={id} data-passage-start={String(paragraph.start)} data-selection-note={t('analysis.selection-note', { words: '%s' })}>
      <p lang={language ?? undefined} data-passage-text="">{paragraph.text}</p>
      {error ? <p class="field-error" role="alert">{t(error.key)}</p> : null}
      <p class="meta selection-note" aria-live="polite" hidden></p>
      {codings.length ? <ul class="codings" aria-label={t('analysis.codings-of-paragraph')}>{codings.map((coding) => <CodingItem context={context} inputId={inputId} coding={coding} />)}</ul> : null}
      <RejectedSuggestions context={context} inputId={inputId} rejections={rejections} />
      {quotes.map((quote) => (
        <p class="meta">
          {t('analysis.quoted-by', { who: context.staffNames.get(quote.markedBy) ?? t('analysis.former-member') })}{' '}
          <RemoveButton context={context} inputId={inputId} action={`${context.base}/quotes/remove`} name="quote" value={quote.id} label={t('analysis.remove-quote')} />
        </p>
      ))}
      <div class="actions">
        <form method="post" action={`${context.base}/codings`} class="filters">
          <PassageFields context={context} inputId={inputId} where={where} paragraph={paragraph} />
          <CodeSelect id={`${id}-code`} name="code-id" label={t('analysis.code-paragraph')} codebook={context.codebook} placeholder={t('analysis.choose-code')} />
          <button type="submit">{t('analysis.apply-code')}</button>
        </form>
        <form method="post" action={`${context.base}/quotes`}>
          <PassageFields context={context} inputId={inputId} where={where} paragraph={paragraph} />
          <button type="submit" class="secondary">{t('analysis.quote-paragraph')}</button>
        </form>
        <SuggestionForms context={context} inputId={inputId} where={where} paragraph={paragraph} codes={suggestions} />
      </div>
    </div>
  );
}
