// Figures in charts and tables read as the reader's language writes numbers ("1 234,5" in French).
import { formatLocale } from '../../i18n/translator.ts';

const formats = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, locale: string): string {
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = new Intl.NumberFormat(formatLocale(locale), { maximumFractionDigits: 2 })));
  return format.format(value);
}

/** "Peru: 3": the default text of a tooltip; callers pass a translated one where the language punctuates otherwise. */
export function defaultItemLabel(label: string, value: string): string {
  return `${label}: ${value}`;
}
