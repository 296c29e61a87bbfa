// Suggested codes for a passage: every code whose terms (in the input's language, or in all three when it is not
// known) occur in it as phrases of stems. Staff accept or reject them; `matched` and the first match's offsets are
// there so the page can say why a code was suggested and show where.
import type { CodeDefinition } from './codebook.ts';
import type { StemLanguage } from './stem.ts';
import { wordsOf, type Word } from './words.ts';

export interface CodeSuggestion {
  code: string;
  /** 0–1; grows with the number of different terms found (a phrase counts more than a single word). */
  score: number;
  /** The codebook terms found, for "why was this suggested". */
  matched: string[];
  /** Offsets of the first match in the passage. */
  start: number;
  end: number;
}

type CodeTerms = Pick<CodeDefinition, 'key' | 'terms'>;

interface CompiledTerm {
  code: string;
  term: string;
  /** Stems to match in a row; an acronym ("UN") is matched on its exact letters instead. */
  stems: string[];
  acronym: boolean;
}

const languages: readonly StemLanguage[] = ['en', 'fr', 'es'];
const singleWordWeight = 0.5;
const phraseWeight = 0.7;

/** Term lists compiled once per language: first stem (or acronym) → the terms that start with it. */
export class CodeSuggester {
  private readonly index = new Map<StemLanguage, Map<string, CompiledTerm[]>>();

  constructor(codes: readonly CodeTerms[]) {
    for (const language of languages) {
      const byFirst = new Map<string, CompiledTerm[]>();
      for (const code of codes) {
        for (const term of code.terms[language]) {
          const compiled = compileTerm(code.key, term, language);
          const first = compiled?.stems[0];
          if (!compiled || first === undefined) continue;
          byFirst.set(first, [...(byFirst.get(first) ?? []), compiled]);
        }
      }
      this.index.set(language, byFirst);
    }
  }

  suggest(passage: string, language: string | null): CodeSuggestion[] {
    const found = new Map<string, CodeSuggestion & { weights: number[] }>();
    for (const lang of languagesFor(language)) {
      const words = wordsOf(passage, lang);
      const byFirst = this.index.get(lang)!;
      words.forEach((word, at) => {
        for (const key of [word.stem, acronymKey(word.cased)]) {
          for (const term of byFirst.get(key) ?? []) {
            const end = matchAt(words, at, term);
            if (end === null) continue;
            const suggestion = found.get(term.code) ?? { code: term.code, score: 0, matched: [], start: word.start, end, weights: [] };
            if (word.start < suggestion.start) Object.assign(suggestion, { start: word.start, end });
            if (!suggestion.matched.includes(term.term)) {
              suggestion.matched.push(term.term);
              suggestion.weights.push(term.stems.length > 1 ? phraseWeight : singleWordWeight);
            }
            found.set(term.code, suggestion);
          }
        }
      });
    }
    return [...found.values()]
      .map(({ weights, ...suggestion }) => ({ ...suggestion, score: round(1 - weights.reduce((miss, w) => miss * (1 - w), 1)) }))
      .sort((a, b) => b.score - a.score || a.start - b.start);
  }
}

const suggesters = new WeakMap<readonly CodeTerms[], CodeSuggester>();

/** Suggestions for one passage; `language` is the input's ('en' | 'fr' | 'es'), or null to try all three. */
export function suggestCodes(passage: string, language: string | null, codes: readonly CodeTerms[]): CodeSuggestion[] {
  let suggester = suggesters.get(codes);
  if (!suggester) suggesters.set(codes, (suggester = new CodeSuggester(codes)));
  return suggester.suggest(passage, language);
}

function languagesFor(language: string | null): readonly StemLanguage[] {
  const known = languages.find((l) => l === language?.slice(0, 2).toLowerCase());
  return known ? [known] : languages;
}

function compileTerm(code: string, term: string, language: StemLanguage): CompiledTerm | null {
  const words = wordsOf(term, language);
  if (words.length === 0) return null;
  // Short all-capital terms are acronyms: "UN" must not match the French article "un".
  const acronym = words.length === 1 && /^[A-Z]{2,5}$/.test(words[0]!.cased);
  return { code, term, stems: acronym ? [acronymKey(words[0]!.cased)] : words.map((w) => w.stem), acronym };
}

function acronymKey(cased: string): string {
  return `#${cased}`;
}

/** End offset of `term` matched from `words[at]`, or null. */
function matchAt(words: readonly Word[], at: number, term: CompiledTerm): number | null {
  if (term.acronym) return acronymKey(words[at]!.cased) === term.stems[0] ? words[at]!.end : null;
  for (let i = 0; i < term.stems.length; i++) {
    if (words[at + i]?.stem !== term.stems[i]) return null;
  }
  return words[at + term.stems.length - 1]!.end;
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
