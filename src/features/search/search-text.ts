// Words as search sees them, the same for SQLite and PostgreSQL: folded text cut into tokens of letters, digits and
// the marks that belong to them. Scripts written without spaces (Chinese, Japanese, Korean) are cut into
// overlapping two-character tokens, so a word can be found inside a run of text; Arabic, whose words carry attached
// prefixes ("والتضامن" holds "التضامن"), is matched by trigrams (see query-expressions.ts).
import { foldText } from './fold-text.ts';

const tokenPattern = /[\p{L}\p{N}\p{M}]+/gu;
const cjkRun = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/u;
const cjkSplit = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+)/u;
const cjkChar = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const arabicChar = /\p{Script=Arabic}/u;

export type Script = 'alphabetic' | 'arabic' | 'cjk';

export function scriptOf(token: string): Script {
  if (cjkChar.test(token)) return 'cjk';
  return arabicChar.test(token) ? 'arabic' : 'alphabetic';
}

// The Arabic definite article, alone or fused with a particle (و ف ب ك + ال, and لل), comes off a word of two letters
// or more, as light stemmers do: "والتضامن", "للتضامن" and "التضامن" are all "تضامن", and "الإنسان" is found by
// "إنسان". It is by far the commonest prefix, so removing it also keeps the trigram index's lists short.
const arabicArticle = /^(?:[وفبك]?ال|لل)(?=\p{Script=Arabic}{2})/u;

/** Folded tokens in order; a token never mixes a CJK run with other letters ("covid19疫苗" is two tokens). */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const [word] of foldText(text).matchAll(tokenPattern)) {
    if (cjkRun.test(word)) {
      for (const part of word.split(cjkSplit)) if (part) tokens.push(part);
    } else tokens.push(arabicChar.test(word) ? word.replace(arabicArticle, '') : word);
  }
  return tokens;
}

/** Each run cut into overlapping pairs, then its last character alone, so every character starts some token. */
export function cjkBigrams(run: string): string[] {
  const chars = [...run];
  const pairs: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) pairs.push(chars[i]! + chars[i + 1]!);
  return [...pairs, chars[chars.length - 1]!];
}

/** Overlapping three-character pieces of a word (the word itself when shorter). */
export function trigrams(word: string): string[] {
  const chars = [...word];
  if (chars.length <= 3) return [word];
  return chars.slice(0, -2).map((_, i) => chars.slice(i, i + 3).join(''));
}

/** The words an entry is indexed under in the word index: tokens, with CJK runs as pairs. */
export function wordIndexTokens(tokens: readonly string[]): string[] {
  return tokens.flatMap((token) => (scriptOf(token) === 'cjk' ? cjkBigrams(token) : [token]));
}

/** Whether an entry needs the substring (trigram) index: it holds Arabic or CJK text. */
export function needsSubstringIndex(tokens: readonly string[]): boolean {
  return tokens.some((token) => scriptOf(token) !== 'alphabetic');
}

export const characterCount = (text: string): number => [...text].length;
