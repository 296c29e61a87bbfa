// The search itself: terms read from the query, matched by the engine's index with the reader's filters and
// audience, each result with its title and a snippet marked where it matched, and how many matches each kind has.
import type { Db, Engine } from '../../db/database.ts';
import type { RegionalGroup } from '../../platform/geo/un-regional-groups.ts';
import { highlighter, type Highlighted } from './highlight.ts';
import type { Audience, SearchEntry } from './search-entry.ts';
import { parseQuery } from './search-query.ts';
import { countMatches, findMatches, type EntryFilters } from './search.repository.ts';

/**
 * Beyond this many matches a query is too broad for relevance to mean much (a word in one post of ten), and ranking
 * them all would cost more than the page may: such results come newest first, and the page says so.
 */
export const rankedMatchesLimit = 2000;

export interface SearchOptions {
  query: string;
  kinds?: readonly string[] | undefined;
  theme?: string | undefined;
  country?: string | undefined;
  region?: RegionalGroup | undefined;
  /** Who is reading: 'members' also finds entries for signed-in members. */
  audience: Audience;
  limit: number;
  offset: number;
  /** Tests lower it to see broad queries come newest first without indexing thousands of entries. */
  rankedMatchesLimit?: number;
}

export interface SearchResult {
  entry: SearchEntry;
  title: Highlighted;
  snippet: Highlighted;
}

export interface SearchOutcome {
  results: SearchResult[];
  /** Matches for the chosen kinds (all kinds when none is chosen). */
  total: number;
  /** Matches per kind, ignoring the kind filter. */
  byKind: Map<string, number>;
  order: 'relevance' | 'newest';
  /** False when the query held nothing to search for and no filter was chosen: nothing was looked up. */
  searched: boolean;
}

export async function search(db: Db, engine: Engine, options: SearchOptions): Promise<SearchOutcome> {
  const terms = parseQuery(options.query);
  const filters: EntryFilters = {
    kinds: options.kinds, theme: options.theme, country: options.country, region: options.region,
    audiences: options.audience === 'members' ? ['public', 'members'] : ['public'],
  };
  if (!terms.length && !options.theme && !options.country && !options.region && !options.kinds?.length) {
    return { results: [], total: 0, byKind: new Map(), order: 'relevance', searched: false };
  }
  const byKind = await countMatches(db, engine, terms, filters);
  const total = [...byKind].filter(([kind]) => !options.kinds?.length || options.kinds.includes(kind)).reduce((sum, [, n]) => sum + n, 0);
  const order = terms.length && total <= (options.rankedMatchesLimit ?? rankedMatchesLimit) ? 'relevance' : 'newest';
  const entries = total ? await findMatches(db, engine, terms, filters, { order, limit: options.limit, offset: options.offset }) : [];
  const marks = highlighter(terms);
  const results = entries.map((entry) => ({ entry, title: marks.all(entry.title), snippet: marks.snippet(entry.excerpt) }));
  return { results, total, byKind, order, searched: true };
}
