// One paragraph of an answer: its text, the codings and quotes on it, and the forms to code it (a chosen code or
// an accepted suggestion) and to quote it. Without JavaScript each form acts on the whole paragraph.
import { CsrfField } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import type { Coding, TextRef } from '../coding.ts';
import type { AttributedQuote } from '../list-quotes.ts';
import type { Paragraph } from '../paragraphs.ts';
import { CodeSelect } from './code-select.tsx';
import { codeLabel } from './labels.ts';
import { ReturnFields } from './return-fields.tsx';
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
}

/** Hidden fields naming the input, the text and the paragraph's offsets, and the filters to come back to. */
function PassageFields({ context, inputId, where, paragraph }: Pick<PassageBlockProps, 'context' | 'inputId' | 'where' | 'paragraph'>) {
  return (
    <>
      <CsrfField />
      <input type="hidden" name="input" value={inputId} />
      <input type="hidden" name="ref" value={where.partRef} />
      <input type="hidden" name="field" value={where.field} />
      <input type="hidden" name="start" value={String(paragraph.start)} />
      <input type="hidden" name="end" value={String(paragraph.end)} />
      <ReturnFields filters={context.filters} page={context.page} />
    </>
  );
}

export function RemoveButton({ context, inputId, action, name, value, label }: {
  context: WorkspaceContext; inputId: string; action: string; name: string; value: string; label: string;
}) {
  return (
    <form method="post" action={action} class="inline">
      <CsrfField />
      <input type="hidden" name="input" value={inputId} />
      <input type="hidden" name={name} value={value} />
      <ReturnFields filters={context.filters} page={context.page} />
      <button type="submit" class="secondary">{label}</button>
    </form>
  );
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
  const { context, inputId, language, where, paragraph, codings, quotes } = props;
  const { i18n } = usePage();
  const { t } = i18n;
  const id = `p-${inputId}-${where.partRef.replace(/[^A-Za-z0-9-]/g, '-')}-${where.field}-${paragraph.start}`;
  const error = context.error && context.error.inputId === inputId && context.error.partRef === where.partRef
    && context.error.field === where.field && context.error.start === paragraph.start ? context.error : null;
  const applied = new Set(codings.map((c) => c.codeId));
  const suggestions = context.suggester.suggest(paragraph.text, language)
    .map((s) => context.activeByKey.get(s.code))
    .filter((code) => code !== undefined && !applied.has(code.id))
    .slice(0, suggestionsShown);
  return (
    <div class="passage" id={id} data-passage-start={String(paragraph.start)} data-selection-note={t('analysis.selection-note', { words: '%s' })}>
      <p lang={language ?? undefined} data-passage-text="">{paragraph.text}</p>
      {error ? <p class="field-error" role="alert">{t(error.key)}</p> : null}
      <p class="meta selection-note" aria-live="polite" hidden></p>
      {codings.length ? <ul class="codings" aria-label={t('analysis.codings-of-paragraph')}>{codings.map((coding) => <CodingItem context={context} inputId={inputId} coding={coding} />)}</ul> : null}
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
        {suggestions.map((code) => {
          const label = codeLabel(code, i18n.locale);
          return (
            <form method="post" action={`${context.base}/codings`} data-suggestion="">
              <PassageFields context={context} inputId={inputId} where={where} paragraph={paragraph} />
              <input type="hidden" name="code-id" value={code!.id} />
              <input type="hidden" name="source" value="suggestion-accepted" />
              <button type="submit" class="secondary">{t('analysis.accept-suggestion', { code: label.text })}</button>
            </form>
          );
        })}
      </div>
    </div>
  );
}
