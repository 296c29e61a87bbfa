// Detectors for things with a shape: e-mail addresses, phone numbers, identity and bank numbers, postal addresses.
// Each runs on the normalised text (normalise.ts) and returns ranges of it, which are ranges of the original too.
import type { SuggestionKind } from '../redaction.ts';
import { validIban } from './checksums.ts';
import type { FormatPattern, LanguageRules } from './language-rules.ts';
import { digitsOf } from './normalise.ts';
import { alternation, caseVariants, isYearOrDate, numberEnd, numberStart } from './patterns.ts';

export interface Span {
  start: number;
  end: number;
  kind: SuggestionKind;
}

const local = '[\\p{L}\\p{N}._%+\\-]+';
const label = '[\\p{L}\\p{N}\\-]+';
const at = '(?:@| ?[\\[(] ?(?:at|AT|arroba|arobase) ?[\\])] ?)';
const dot = '(?:\\.| ?[\\[(] ?(?:dot|DOT|punto|point) ?[\\])] ?)';
/** Also the "name [at] example [dot] org" people write to dodge harvesters: it is the same address. */
const emailPattern = new RegExp(`(?<![\\p{L}\\p{N}._%+\\-])${local}${at}${label}(?:${dot}${label})+`, 'gu');

function findEmails(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(emailPattern)) {
    const tld = /([\p{L}\p{N}-]+)$/u.exec(match[0])?.[1] ?? '';
    if (!/^\p{L}{2,}$/u.test(tld) || /^[._%+-]/.test(match[0])) continue;
    spans.push({ start: match.index, end: match.index + match[0].length, kind: 'email' });
  }
  return spans;
}

/** "+33 (0)1 23 45 67 89", "0041 22 917 90 00", "+7 495 123-45-67": a country code, then 8 to 15 digits in all. */
const internationalPhone = new RegExp(`${numberStart}(?:\\+|00(?=[1-9]))\\d{1,15}(?:(?:[ .\\-]| ?\\( ?|\\) ?)\\d{1,12}){0,8}${numberEnd}`, 'gu');
/**
 * National numbers with a leading 0 (France, the United Kingdom, Egypt, China's landlines…): 10 or 11 digits, all
 * in one block or in groups with the same separator throughout, so that "01.01.2020 12" (a date and an hour) is not one.
 */
const trunkPhone = new RegExp(`${numberStart}0(?:\\d{9,10}|\\d{1,4}(?<sep>[ .\\-])\\d{2,8}(?:\\k<sep>\\d{2,8}){0,3})${numberEnd}`, 'gu');

const separatedDigits = '\\d{1,15}(?:(?:[ .\\-]| ?\\( ?|\\) ?)\\d{1,15}){0,8}\\)?';
const fillers = "(?:[\\s.:#№\\-]|n\\.?[°ºo]|nos?\\.?|number|num\\.?|numéro|número|núm\\.?|номер|серии|серия|сер\\.|رقم|号码|號碼|号|號){0,8}";
/** A value after a label: letters and digits in groups, e.g. "X1234567", "45 06 № 123456", "GODE561231HDFRRN09". */
const identityValue = '[A-Z\\d](?:[A-Z\\d]|(?:[ .\\/\\-]| ?№ ?)(?=[A-Z\\d])){3,40}';

function labelled(labels: readonly string[], value: string): RegExp | null {
  if (!labels.length) return null;
  // Latin and Cyrillic labels must be whole words ("tel" is not in "hotel"), Cyrillic ones may be inflected
  // ("паспорта"); Arabic and Chinese ones may be glued to the word before, as those languages write them.
  const source = `(?<![\\p{Script=Latin}\\p{Script=Cyrillic}\\p{N}])(?:${alternation(labels, caseVariants)})\\p{Script=Cyrillic}*(?![\\p{Script=Latin}])${fillers}(?<value>${value})`;
  return new RegExp(source, 'gu');
}

function valueSpans(text: string, pattern: RegExp | null, kind: SuggestionKind, accept: (value: string) => string | null): Span[] {
  if (!pattern) return [];
  const spans: Span[] = [];
  for (const match of text.matchAll(pattern)) {
    const value = match.groups?.value;
    if (value === undefined) continue;
    const kept = accept(value);
    if (!kept) continue;
    const start = match.index + match[0].length - value.length;
    spans.push({ start, end: start + kept.length, kind });
  }
  return spans;
}

function patternSpans(text: string, patterns: readonly FormatPattern[], kind: SuggestionKind): Span[] {
  return patterns.flatMap(({ pattern, valid }) => [...text.matchAll(pattern)]
    .filter((match) => !valid || valid(match[0], match.groups ?? {}))
    .map((match) => ({ start: match.index, end: match.index + match[0].length, kind })));
}

const phoneDigits = (value: string, min: number) => {
  const count = digitsOf(value).length;
  return count >= min && count <= 15 && !isYearOrDate(value);
};

/** An identity number has at least five digits, or four with letters; a year or a date is not one. */
function identityNumber(value: string): string | null {
  const kept = value.replace(/(?:(?:[ .\/-]| ?№ ?)[A-Z]+)+$/, '');
  const digits = digitsOf(kept).length;
  const letters = kept.replace(/[^A-Z]/g, '').length;
  if (isYearOrDate(kept) || !(digits >= 5 || (digits >= 4 && letters > 0))) return null;
  return kept;
}

const ibanPattern = new RegExp(`${numberStart}(?<![\\p{L}])[A-Z]{2}\\d{2}(?: ?[A-Z\\d]{4}){2,7}(?: ?[A-Z\\d]{1,4})?(?![\\p{L}\\p{N}])`, 'gu');
/** Passport-like: one or two capitals and 7 or 8 digits, standing alone (A1234567, AB1234567). */
const passportLike = new RegExp(`${numberStart}(?<![\\p{L}])[A-Z]{1,2}\\d{7,8}(?![\\p{L}\\p{N}]|[./\\-]\\p{N})`, 'gu');

export interface CompiledFormats {
  rules: LanguageRules;
  phoneLabel: RegExp | null;
  identityLabel: RegExp | null;
}

export function compileFormats(rules: LanguageRules): CompiledFormats {
  return { rules, phoneLabel: labelled(rules.phoneLabels, `\\+? ?(?:\\( ?)?${separatedDigits}`), identityLabel: labelled(rules.identityLabels, identityValue) };
}

export function findFormats(text: string, formats: CompiledFormats): Span[] {
  const { rules } = formats;
  return [
    ...findEmails(text),
    ...patternSpans(text, [
      { pattern: internationalPhone, valid: (match) => phoneDigits(match.replace(/^00/, ''), 8) },
      { pattern: trunkPhone, valid: (match) => phoneDigits(match, 10) },
      ...rules.phonePatterns,
    ], 'phone'),
    ...valueSpans(text, formats.phoneLabel, 'phone', (value) => (phoneDigits(value, 6) ? value.replace(/[\s(.\-]+$/, '') : null)),
    ...patternSpans(text, [{ pattern: ibanPattern, valid: validIban }, { pattern: passportLike }, ...rules.identityPatterns], 'identity-number'),
    ...valueSpans(text, formats.identityLabel, 'identity-number', identityNumber),
    ...patternSpans(text, rules.postalPatterns, 'postal-address'),
  ];
}

/** Web addresses: a number or a name inside one is part of an address everyone may read, not personal data. */
const urlPattern = /(?:https?:\/\/|www\.)[^\s<>"']+|(?<![\p{L}\p{N}@.\-])(?:[a-z0-9-]+\.)+(?:org|int|com|net|gov|edu|info|ch|fr|es|uk|un)\/[^\s<>"']*/gu;

export function findUrls(text: string): Array<{ start: number; end: number }> {
  return [...text.matchAll(urlPattern)].map((match) => {
    const url = match[0].replace(/[.,;:!?)\]]+$/, '');
    return { start: match.index, end: match.index + url.length };
  });
}
