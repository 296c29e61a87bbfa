// Passages and term lists are compared as sequences of folded, stemmed words, so "Surveillées", "surveillance"
// and "SURVEILLE" meet, and a phrase matches across hyphens, apostrophes and articles ("denial of an exit visa").
import { stem, type StemLanguage } from './stem.ts';

/** Lower case without accents: "Représailles" → "represailles". */
export function fold(text: string): string {
  return foldAccents(text).toLowerCase();
}

export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '');
}

export interface Word {
  stem: string;
  /** Accents folded, case kept: acronyms ("UN", "ONU") must not meet ordinary words ("un"). */
  cased: string;
  start: number;
  end: number;
}

// Words that carry no meaning for coding and would break phrases apart; dropped on both sides of a comparison.
const stopWords: Record<StemLanguage, ReadonlySet<string>> = {
  en: new Set('a an the of to in on for and or by with from at as its their our his her my your us them him it is are was were be been has have had this that these those'.split(' ')),
  fr: new Set('le la les l de des du d un une et ou a au aux en par pour sur dans avec son sa ses leur leurs nos notre nous vous se s qu que qui est sont ont ete y'.split(' ')),
  es: new Set('el la los las lo de del un una unos unas y e o u a al en por para con su sus nuestro nuestra nuestros nuestras se le les nos que es son fue fueron ha han'.split(' ')),
};

/** The words of `text` that matter, stemmed for `language`, with their offsets in `text`. */
export function wordsOf(text: string, language: StemLanguage): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu)) {
    const cased = foldAccents(match[0]);
    const lower = cased.toLowerCase();
    if (stopWords[language].has(lower)) continue;
    words.push({ stem: stem(lower, language), cased, start: match.index, end: match.index + match[0].length });
  }
  return words;
}
