// A call's quote bank: each quote with how it may be attributed under the input's consent today, the question it
// answers, a link to the input, and a way to take it out.
import { KeyMissingNotice } from '../../accounts/index.ts';
import { pickTranslation } from '../../../i18n/translator.ts';
import { CsrfField } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import { UnreadableInputs } from './unreadable-inputs.tsx';
import type { CallWithQuestionnaires } from '../../calls/index.ts';
import type { QuoteBank } from '../list-quote-bank.ts';
import { attributionText, questionOfRef } from './labels.ts';

export interface QuoteBankViewProps {
  call: CallWithQuestionnaires;
  bank: QuoteBank;
  staffNames: Map<string, string>;
  notice: string | null;
  error: string | null;
  keyMissing: boolean;
}

export function QuoteBankView({ call, bank, staffNames, notice, error, keyMissing }: QuoteBankViewProps) {
  const { i18n } = usePage();
  const { t } = i18n;
  const title = pickTranslation(call.title, i18n.locale);
  const questions = call.questionnaires.flatMap((q) => q.questions);
  return (
    <section>
      <p><a href={`/staff/calls/${call.id}/questions`}>{t('analysis.all-questions')}</a></p>
      <h1>{t('analysis.quote-bank-title')} <span class="meta" lang={title.lang}>{title.text}</span></h1>
      {keyMissing ? <KeyMissingNotice /> : null}
      {notice ? <p class="notice" role="status">{t(notice)}</p> : null}
      {error ? <p class="error-summary" role="alert">{t(error)}</p> : null}
      <p role="status">{t('analysis.quote-count', { count: bank.quotes.length })}</p>
      <UnreadableInputs message={t('analysis.quotes-unreadable', { count: bank.unreadable.length })} inputs={bank.unreadable} />
      {bank.quotes.map((quote) => (
        <figure id={`quote-${quote.id}`} class={quote.attribution.kind === 'not-quotable' ? 'quote not-quotable' : 'quote'}>
          <blockquote><p>{quote.passage.text}</p></blockquote>
          <figcaption>
            <strong>{attributionText(i18n, quote.attribution)}</strong>
            <br />
            <span class="meta">
              {questionOfRef(i18n, questions, quote.passage.partRef)}{' · '}
              <a href={`/staff/inputs/${quote.inputId}`}>{quote.reference}</a>{' · '}
              {t('analysis.quoted-by', { who: staffNames.get(quote.markedBy) ?? t('analysis.former-member') })}
            </span>
          </figcaption>
          <form method="post" action={`/staff/calls/${call.id}/quotes/remove`}>
            <CsrfField />
            <input type="hidden" name="input" value={quote.inputId} />
            <input type="hidden" name="quote" value={quote.id} />
            <button type="submit" class="secondary">{t('analysis.remove-quote')}</button>
          </form>
        </figure>
      ))}
    </section>
  );
}
