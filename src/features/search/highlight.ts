// Where a result's text matched, for the page to show: the text cut into plain and marked pieces (rendered by
// Preact as text and <mark>, so nothing from the index is ever HTML). Matching runs on folded text, the way the
// index matched, and is mapped back to the original letters.
import { foldWithOffsets, type FoldedWithOffsets } from './fold-text.ts';
import type { SearchTerm } from './search-query.ts';
import { scriptOf } from './search-text.ts';

export type Highlighted = { text: string; mark: boolean }[];

const wordChar = '[\\p{L}\\p{N}\\p{M}]';
const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Words match whole; Arabic (three letters or more) and CJK match inside longer runs, as their indexes do. */
const matchesWhole = (token: string): boolean =>
  scriptOf(token) === 'alphabetic' || (scriptOf(token) === 'arabic' && [...token].length < 3);

function termPattern(term: SearchTerm): string {
  const first = term.tokens[0]!;
  const last = term.tokens[term.tokens.length - 1]!;
  const body = term.tokens.map(escapeRegex).join(`(?:(?!${wordChar}).)+`);
  return `${matchesWhole(first) ? `(?<!${wordChar})` : ''}${body}${matchesWhole(last) ? `(?!${wordChar})` : ''}`;
}

interface Folded extends FoldedWithOffsets {
  original: string;
  /** How many pieces (characters with their marks) the original has. */
  count: number;
}

function fold(text: string): Folded {
  const folded = foldWithOffsets(text);
  return { ...folded, original: text, count: folded.starts.length - 1 };
}

/** Matched ranges as piece indexes [first, last), merged and in order. */
function matchedPieces(text: Folded, pattern: RegExp | null): [number, number][] {
  if (!pattern) return [];
  const ranges: [number, number][] = [];
  for (const match of text.folded.matchAll(pattern)) {
    if (!match[0].length) continue;
    const first = text.pieceAt[match.index]!;
    const last = text.pieceAt[match.index + match[0].length - 1]! + 1;
    const previous = ranges[ranges.length - 1];
    if (previous && first <= previous[1]) previous[1] = Math.max(previous[1], last);
    else ranges.push([first, last]);
  }
  return ranges;
}

function segments(text: Folded, ranges: [number, number][], from: number, to: number): Highlighted {
  const out: Highlighted = [];
  const push = (start: number, end: number, mark: boolean) => {
    if (end > start) out.push({ text: text.original.slice(text.starts[start], text.starts[end]), mark });
  };
  let at = from;
  for (const [first, last] of ranges) {
    if (last <= from || first >= to) continue;
    push(at, Math.max(at, first), false);
    push(Math.max(at, first), Math.min(last, to), true);
    at = Math.min(last, to);
  }
  push(at, to, false);
  return out;
}

/** The whole text with its matches marked (titles). */
function highlightAll(text: string, pattern: RegExp | null): Highlighted {
  const folded = fold(text);
  return segments(folded, matchedPieces(folded, pattern), 0, folded.count);
}

/**
 * About `length` characters of the text around its first match (its start when nothing matched there), cut at
 * spaces, with an ellipsis where text was left out.
 */
function highlightSnippet(text: string, pattern: RegExp | null, length: number): Highlighted {
  if (!pattern && text.length <= length) return [{ text, mark: false }];
  const folded = fold(text);
  const ranges = matchedPieces(folded, pattern);
  const { count } = folded;
  if (count <= length) return segments(folded, ranges, 0, count);
  const isSpace = (i: number) => i >= count || /\s/u.test(text[folded.starts[i]!]!);
  let from = Math.max(0, Math.min((ranges[0]?.[0] ?? 0) - Math.floor(length / 3), count - length));
  while (from > 0 && from < count && !isSpace(from - 1)) from++;
  let to = Math.min(count, from + length);
  while (to < count && to > from && !isSpace(to)) to--;
  if (to <= from) to = Math.min(count, from + length);
  const out = segments(folded, ranges, from, to);
  if (from > 0) out.unshift({ text: '… ', mark: false });
  if (to < count) out.push({ text: ' …', mark: false });
  return out;
}

/** Marks for one query's terms, the pattern built once for every result on the page. */
export function highlighter(terms: readonly SearchTerm[]) {
  const pattern = terms.length ? new RegExp(terms.map(termPattern).join('|'), 'gsu') : null;
  return {
    all: (text: string): Highlighted => highlightAll(text, pattern),
    snippet: (text: string, length = 240): Highlighted => highlightSnippet(text, pattern, length),
  };
}
