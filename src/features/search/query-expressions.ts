// Parsed terms written in each engine's query language, and an entry's words written as a PostgreSQL tsvector.
// Only folded letter/digit tokens ever reach these strings, and each is quoted as a literal besides: what a person
// types can never become FTS5 or tsquery syntax. No SQL runs here (search.repository.ts does that).
import { wantsSubstringMatch, type SearchTerm } from './search-query.ts';
import { countryToken, fenced, filterTokens, type FacetFilters } from './facet-tokens.ts';
import { cjkBigrams, scriptOf, trigrams, wordIndexTokens } from './search-text.ts';

const ftsString = (text: string): string => `"${text.replaceAll('"', '""')}"`;
const lexeme = (text: string): string => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;

/**
 * A term as word-index tokens. A CJK token that ends the term may continue in the text, so it is its pairs only (or
 * a prefix, for one character); one followed by more words ended where the text's run ended, so it keeps the lone
 * last character the index holds for a run's end.
 */
function wordTokens(term: SearchTerm): { tokens: string[]; prefix: boolean } {
  const tokens: string[] = [];
  let prefix = false;
  term.tokens.forEach((token, i) => {
    const last = i === term.tokens.length - 1;
    if (scriptOf(token) !== 'cjk') tokens.push(token);
    else if (!last) tokens.push(...cjkBigrams(token));
    else if ([...token].length === 1) {
      tokens.push(token);
      prefix = true;
    } else tokens.push(...cjkBigrams(token).slice(0, -1));
  });
  return { tokens, prefix };
}

export interface Fts5Expressions {
  /** For the unicode61 table: word terms and facet filter words; null when neither is asked. */
  words: string | null;
  /**
   * For the trigram table: Arabic and CJK terms of three characters or more, with the country filter; null when there
   * are no such terms. When both are set, an entry must match both (region and theme are then on the words side:
   * facet-tokens.ts says why).
   */
  substrings: string | null;
  /**
   * Whether `words` holds a prefix term (a CJK character alone): FTS5 then merges the doclists of every token that
   * begins with it, whole, for each statement that reads it, whatever rowids the statement asks for.
   */
  prefix: boolean;
}

const all = (parts: readonly string[]): string | null => (parts.length ? parts.join(' AND ') : null);

/** Terms and filters as facet words (facet-tokens.ts) in FTS5 MATCH expressions for the two tables. */
export function fts5Expressions(terms: readonly SearchTerm[], filters: FacetFilters = {}): Fts5Expressions {
  const words: string[] = [];
  const substrings: string[] = [];
  let anyPrefix = false;
  for (const term of terms) {
    if (wantsSubstringMatch(term)) substrings.push(ftsString(term.tokens.join(' ')));
    else {
      const { tokens, prefix } = wordTokens(term);
      words.push(`${ftsString(tokens.join(' '))}${prefix ? ' *' : ''}`);
      anyPrefix ||= prefix;
    }
  }
  // Facet words cannot be typed (facet-tokens.ts), so no column filter is needed to keep terms out of them.
  if (!substrings.length) return { words: all([...words, ...filterTokens(filters).map(ftsString)]), substrings: null, prefix: anyPrefix };
  const { country, ...others } = filters;
  if (country) substrings.push(ftsString(fenced(countryToken(country))));
  return { words: all([...words, ...filterTokens(others).map(ftsString)]), substrings: all(substrings), prefix: anyPrefix };
}

/** Arabic words of three letters or more are matched through their trigrams: a word found inside a longer one. */
const arabicSubstring = (term: SearchTerm): boolean =>
  term.tokens.every((token) => scriptOf(token) === 'arabic' && [...token].length >= 3);

/** Terms, and the facet words filters ask for (facet-tokens.ts), as a tsquery literal; null when there are neither. */
export function tsqueryText(terms: readonly SearchTerm[], facets: readonly string[] = []): string | null {
  const parts = terms.map((term) => {
    if (arabicSubstring(term)) {
      // Trigram groups of consecutive words sit one position apart in the tsvector (see tsvectorText).
      return `(${term.tokens.map((token) => trigrams(token).map(lexeme).join(' <-> ')).join(' <2> ')})`;
    }
    const { tokens, prefix } = wordTokens(term);
    return `(${tokens.map((token, i) => lexeme(token) + (prefix && i === tokens.length - 1 ? ':*' : '')).join(' <-> ')})`;
  });
  parts.push(...facets.map(lexeme));
  return parts.length ? parts.join(' & ') : null;
}

/** PostgreSQL keeps at most 256 positions of a lexeme, and positions up to 16383. */
const maxPositions = 256;
const maxPosition = 16383;

/**
 * The tsvector of an entry, written out rather than left to to_tsvector, whose parser would cut words differently
 * from SQLite ("e-mail" → three words). Title words weigh A; sections and Arabic words are a position apart so a
 * phrase never spans them.
 */
export function tsvectorText(titleTokens: readonly string[], bodyTokens: readonly string[], facets: readonly string[] = []): string {
  const positions = new Map<string, string[]>();
  let position = 0;
  const add = (token: string, weight: string) => {
    position = Math.min(position + 1, maxPosition);
    const list = positions.get(token) ?? [];
    if (list.length < maxPositions) list.push(`${position}${weight}`);
    positions.set(token, list);
  };
  for (const token of wordIndexTokens(titleTokens)) add(token, 'A');
  position++;
  for (const token of wordIndexTokens(bodyTokens)) add(token, '');
  for (const [tokens, weight] of [[titleTokens, 'A'], [bodyTokens, '']] as const) {
    for (const token of tokens) {
      position++; // every word, Arabic or not, leaves its gap: a phrase cannot skip over one
      if (scriptOf(token) === 'arabic' && [...token].length >= 3) for (const piece of trigrams(token)) add(piece, weight);
    }
  }
  // Facet words take no position: no phrase may reach them, and ranking never asks for them.
  return [...[...positions].map(([token, list]) => `${lexeme(token)}:${list.join(',')}`), ...facets.map(lexeme)].join(' ');
}
