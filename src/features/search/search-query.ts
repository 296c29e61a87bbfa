// What a person typed, read as terms every engine can answer: loose words, and "quoted phrases" whose words must
// follow each other. Nothing typed is ever an operator (AND, OR, NEAR, *, :, ^, -, parentheses are plain text or
// separators), so a query cannot fail or change meaning by containing them.
import { characterCount, scriptOf, tokenize } from './search-text.ts';

export interface SearchTerm {
  /** Folded tokens; more than one for a phrase. */
  tokens: string[];
}

export const maxQueryLength = 200;
export const maxTerms = 8;

const typographicQuotes = /[“”„«»＂]/g;

export function parseQuery(text: string): SearchTerm[] {
  const quoted = text.slice(0, maxQueryLength).replace(typographicQuotes, '"').split('"');
  const terms: SearchTerm[] = [];
  quoted.forEach((segment, index) => {
    const tokens = tokenize(segment);
    // Odd segments sat between quotes (an unclosed quote runs to the end, as web search engines read it).
    if (index % 2 === 1) {
      if (tokens.length) terms.push({ tokens });
    } else for (const token of tokens) terms.push({ tokens: [token] });
  });
  const seen = new Set<string>();
  return terms.filter((term) => {
    const key = term.tokens.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).slice(0, maxTerms);
}

/**
 * Whether a term is best answered by substring matching: it holds Arabic or CJK text and is long enough for
 * trigrams (shorter CJK terms are answered by the two-character tokens of the word index instead).
 */
export function wantsSubstringMatch(term: SearchTerm): boolean {
  return term.tokens.some((token) => scriptOf(token) !== 'alphabetic') && characterCount(term.tokens.join(' ')) >= 3;
}
