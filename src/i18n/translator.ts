import { IntlMessageFormat } from 'intl-messageformat';
import { loadCatalogue } from './catalogue.ts';
import { defaultLocale, localeCodes, type Locale } from './locales.ts';

export type MessageValues = Record<string, string | number | Date | boolean | null | undefined>;

export interface Translator {
  locale: Locale;
  /** Formats an ICU message; a key missing from every catalogue shows as the key, which the checker forbids. */
  t(key: string, values?: MessageValues): string;
  formatDate(date: Date | string, options?: Intl.DateTimeFormatOptions): string;
}

/** UN house style writes English dates day-month-year ("15 February 2024"), as British English does. */
const formattingLocale: Record<string, string> = { en: 'en-GB' };

export function formatLocale(locale: string): string {
  return formattingLocale[locale] ?? locale;
}

const formatsByLocale = new Map<Locale, Map<string, IntlMessageFormat>>();
const catalogues = new Map(localeCodes.map((code) => [code, loadCatalogue(code)]));

function compiled(locale: Locale, key: string): IntlMessageFormat | undefined {
  let formats = formatsByLocale.get(locale);
  if (!formats) formatsByLocale.set(locale, (formats = new Map()));
  let format = formats.get(key);
  if (!format) {
    const source = catalogues.get(locale)?.get(key) ?? catalogues.get(defaultLocale)?.get(key);
    if (source === undefined) return undefined;
    format = new IntlMessageFormat(source, formatLocale(locale), undefined, { ignoreTag: true });
    formats.set(key, format);
  }
  return format;
}

// Building an Intl.DateTimeFormat costs far more than using one; pages format many dates with a few options.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(formatLocale(locale), options)));
  return format;
}

const translators = new Map<Locale, Translator>();

export function translator(locale: Locale): Translator {
  let existing = translators.get(locale);
  if (existing) return existing;
  existing = {
    locale,
    t(key, values) {
      const format = compiled(locale, key);
      return format ? String(format.format(values as Record<string, string>)) : key;
    },
    formatDate(date, options = { dateStyle: 'long' }) {
      return dateFormat(locale, options).format(typeof date === 'string' ? new Date(date) : date);
    },
  };
  translators.set(locale, existing);
  return existing;
}

/** Text stored per language (JSON object). Returns the reader's language, else the first available, with its code. */
export function pickTranslation(json: string | Record<string, string>, locale: string): { text: string; lang: string } {
  const all = typeof json === 'string' ? (JSON.parse(json) as Record<string, string>) : json;
  const text = all[locale];
  if (text) return { text, lang: locale };
  for (const fallback of [defaultLocale, ...Object.keys(all)]) {
    const value = all[fallback];
    if (value) return { text: value, lang: fallback };
  }
  return { text: '', lang: locale };
}
