// Country names in the reader's language (i18n-iso-countries carries all six UN languages), sorted the way
// that language sorts, so "Égypte" files under E in French.
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { localeCodes } from './locales.ts';

const require = createRequire(import.meta.url);
for (const code of new Set([...localeCodes, 'ar', 'zh', 'ru'])) {
  countries.registerLocale(require(`i18n-iso-countries/langs/${code}.json`));
}

const optionsByLocale = new Map<string, { value: string; label: string }[]>();

export function countryOptions(locale: string): { value: string; label: string }[] {
  let options = optionsByLocale.get(locale);
  if (!options) {
    const collator = new Intl.Collator(locale);
    options = Object.entries(countries.getNames(locale, { select: 'official' }))
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => collator.compare(a.label, b.label));
    optionsByLocale.set(locale, options);
  }
  return options;
}

export function isCountryCode(code: string): boolean {
  return countries.isValid(code) && /^[A-Z]{2}$/.test(code);
}

export function countryName(code: string, locale: string): string {
  return countries.getName(code, locale, { select: 'official' }) ?? code;
}
