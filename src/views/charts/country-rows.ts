// A map's values as table rows: countries by name in the reader's language, largest value first, then A–Z the way
// that language sorts, so the table tells the same story as the map.
import { countryName } from '../../i18n/countries.ts';
import type { DataRow } from './data-table.tsx';

export function countryRows(values: Readonly<Record<string, number>>, locale: string, hrefFor?: (country: string) => string): DataRow[] {
  const collator = new Intl.Collator(locale);
  return Object.entries(values)
    .map(([code, value]) => ({ code, label: countryName(code, locale), value }))
    .sort((a, b) => b.value - a.value || collator.compare(a.label, b.label))
    .map(({ code, label, value }) => ({ label, values: [value], ...(hrefFor ? { href: hrefFor(code) } : {}) }));
}
