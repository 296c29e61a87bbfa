// Which codes come together: the most frequent pairs as a table (a code in each of the first two columns, then how
// many inputs carry both and what share of the first code's inputs that is), and what was left out: the inputs
// this member cannot open.
import { pickTranslation } from '../../../i18n/translator.ts';
import { formatNumber } from '../../../views/charts/format-number.ts';
import { usePage } from '../../../views/page-context.ts';
import type { CategoryWithCodes } from '../../analysis/index.ts';
import type { Call } from '../../calls/index.ts';
import type { CoOccurrence } from '../co-occurrence.ts';

/** Enough pairs to see the pattern; the rest are the long tail of single co-occurrences. */
export const pairsShown = 50;

export function CoOccurrencePage({ call, result, codebook }: { call: Call; result: CoOccurrence; codebook: CategoryWithCodes[] }) {
  const { i18n } = usePage();
  const { t, locale } = i18n;
  const title = pickTranslation(call.title, locale);
  const codes = new Map(codebook.flatMap((category) => category.codes.map((code) => [code.id, pickTranslation(code.label, locale)])));
  const CodeCell = ({ id, header }: { id: string; header?: boolean }) => {
    const label = codes.get(id) ?? { text: id, lang: locale };
    const lang = label.lang === locale ? undefined : label.lang;
    return header ? <th scope="row" lang={lang}>{label.text}</th> : <td lang={lang}>{label.text}</td>;
  };
  const shown = result.pairs.slice(0, pairsShown);
  return (
    <>
      <p><a href={`/staff/calls/${call.id}/dashboard`}>{t('dashboard.back-to-dashboard')}</a></p>
      <h1>{t('dashboard.co-occurrence')}</h1>
      <p lang={title.lang}>{title.text}</p>
      <p>{t('dashboard.co-occurrence-readable', { count: result.readable })}</p>
      {result.unreadable ? <p class="meta">{t('dashboard.co-occurrence-unreadable', { count: result.unreadable })}</p> : null}
      {shown.length ? (
        <table class="data-table">
          <caption>{t('dashboard.co-occurrence-caption', { shown: shown.length, total: result.pairs.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.code-a')}</th>
              <th scope="col">{t('dashboard.code-b')}</th>
              <th scope="col" class="numeric">{t('dashboard.inputs-with-both')}</th>
              <th scope="col" class="numeric">{t('dashboard.share-of-a')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((pair) => (
              <tr>
                <CodeCell id={pair.a} header />
                <CodeCell id={pair.b} />
                <td class="numeric">{formatNumber(pair.inputs, locale)}</td>
                <td class="numeric">{t('dashboard.share', { share: pair.inputs / result.byCode.get(pair.a)! })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : <p class="meta">{t('dashboard.no-pairs')}</p>}
    </>
  );
}
