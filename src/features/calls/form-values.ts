// Translated fields of the staff forms, read from a parsed urlencoded body.
import { formText } from '../../http/form-fields.ts';
import { localeCodes } from '../../i18n/locales.ts';
import type { FieldErrors } from '../../views/form.tsx';
import type { Translated } from './call.ts';

export { formFlag, formList, formText } from '../../http/form-fields.ts';

export type { FieldErrors };

/** Staff write content in the interface languages; English is the one every text must have. */
export const editLanguages = localeCodes;

/** `${prefix}-en`, `${prefix}-fr`, … as one value per language, as typed (trimmed at the ends only). */
export function formTranslated(body: unknown, prefix: string): Translated {
  return Object.fromEntries(editLanguages.map((lang) => [lang, formText(body, `${prefix}-${lang}`).trim()]));
}

/** Only the languages that were filled in, so empty ones fall back to another language when shown. */
export function filledTranslations(value: Translated): Translated {
  return Object.fromEntries(Object.entries(value).filter(([, text]) => text.trim() !== ''));
}

export function translatedForForm(value: Translated): Translated {
  return Object.fromEntries(editLanguages.map((lang) => [lang, value[lang] ?? '']));
}

export function isEmailAddress(value: string): boolean {
  return /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/.test(value) && value.length <= 254;
}

/** Letters and digits only, accents folded: a stable key from an English label ("LGBTQ status" → "lgbtq-status"). */
export function slugify(text: string, maxLength = 40): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');
}
