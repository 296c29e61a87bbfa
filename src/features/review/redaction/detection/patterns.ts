// Regular-expression pieces the detectors share. Patterns never use the `i` flag: with `u` it makes `\p{Lu}` match
// lowercase letters too, and "capitalised" is how names and street names are told from ordinary words. Words that
// may start a sentence are written with both initials instead ("[Rr]ue").

export function escapeRegExp(text: string): string {
  // Only syntax characters: with the `u` flag, escaping anything else ("\-") is an error.
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The spellings a label is matched in: as written, lower case, capitalised and upper case. */
export function caseVariants(word: string): string[] {
  const lower = word.toLowerCase();
  return [...new Set([word, lower, lower.charAt(0).toUpperCase() + lower.slice(1), word.toUpperCase()])];
}

/** Literal words as one alternation, longest first so "telephone" wins over "tel". */
export function alternation(words: Iterable<string>, variants: (word: string) => string[] = (w) => [w]): string {
  const all = new Set([...words].flatMap(variants));
  return [...all].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

/** "rue" → "[Rr]ue". */
export function initialAnyCase(word: string): string {
  const first = word.charAt(0);
  const rest = escapeRegExp(word.slice(1));
  return first.toLowerCase() === first.toUpperCase() ? escapeRegExp(first) + rest : `[${first.toUpperCase()}${first.toLowerCase()}]${rest}`;
}

/**
 * Where a number may start and end: not glued to Latin letters, digits or the signs that build references and
 * document symbols (HRC56-2024-0042, A/HRC/56/45, 1.5). Letters of other scripts may touch it: Chinese and Arabic
 * write digits right after a word.
 */
export const numberStart = '(?<![\\p{Script=Latin}\\p{N}_+/.\\-#@])';
export const numberEnd = '(?![\\p{Script=Latin}\\p{N}_]|[./\\-]\\p{N})';

/** A word that starts with a capital: "Baker", "Saint-Honoré", "O’Brien". */
export const capitalWord = "\\p{Lu}[\\p{L}\\p{M}'’\\-]*";

/** Not a word character on either side, in any script. */
export const wordStart = '(?<![\\p{L}\\p{M}\\p{N}])';
export const wordEnd = '(?![\\p{L}\\p{M}\\p{N}])';

const years = '(?:1[6-9]|20)\\d{2}';
const datePatterns = [
  new RegExp(`^${years}$`),
  new RegExp(`^${years} ?[-/] ?(?:${years}|\\d{2})$`), // 2023-2024, 2023/24
  /^\d{1,2}[./\- ]\d{1,2}[./\- ](?:\d{2}|\d{4})$/, // 15/02/2024, 15.02.24
  /^\d{4}[./-]\d{1,2}[./-]\d{1,2}$/, // 2024-02-15
];

/** A year, a range of years or a date: numbers that look like phone or identity numbers to a careless pattern. */
export function isYearOrDate(normalised: string): boolean {
  const trimmed = normalised.trim();
  return datePatterns.some((pattern) => pattern.test(trimmed));
}

/** "In 2019 Baker Street…" is not an address: a house number that reads as a recent year is dropped. */
export function houseNumberNotAYear(_match: string, groups: Record<string, string | undefined>): boolean {
  return !/^(?:19|20)\d{2}$/.test(groups.number ?? '');
}
