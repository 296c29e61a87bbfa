// The search itself: terms read from the query, matched by the engine's index with the reader's filters and
// audience, each result with its title and a snippet marked where it matched, and how many matches each kind has.
import type { Db, Engine } from '../../db/database.ts';
import type { RegionalGroup } from '../../platform/geo/un-regional-groups.ts';
import { highlighter, type Highlighted } from './highlight.ts';
import type { Audience, SearchEntry } from './search-entry.ts';
import { parseQuery } from './search-query.ts';
import { matchEntries, type EntryFilters, type Order } from './search.repository.ts';

/**
 * Matches are counted up to this many per kind ("1,000+" beyond), and a query with more matches than this comes
 * newest first: relevance means little for a word found in one post of ten, and counting or ranking every match
 * would cost more than a page may (docs/PERFORMANCE.md). Twenty pages of twenty results are far fewer anyway.
 */
export const countLimit = 1000;

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
  /** Tests lower it to see broad queries without indexing thousands of entries. */
  countLimit?: number;
}

export interface SearchResult {
  entry: SearchEntry;
  title: Highlighted;
  snippet: Highlighted;
}

/** A number of matches; `more` when there are more than `count` (the count limit was reached). */
export interface MatchCount {
  count: number;
  more: boolean;
}

export interface SearchOutcome {
  results: SearchResult[];
  /** Matches of the chosen kinds (all kinds when none is chosen). */
  total: MatchCount;
  /** Matches per kind, whatever kind is chosen, so a reader sees what switching kind would find. */
  byKind: Map<string, MatchCount>;
  order: Order;
  /** False when the query held nothing to search for and no filter was chosen: nothing was looked up. */
  searched: boolean;
}

export async function search(db: Db, engine: Engine, options: SearchOptions): Promise<SearchOutcome> {
  const terms = parseQuery(options.query);
  const filters: EntryFilters = {
    kinds: options.kinds, theme: options.theme, country: options.country, region: options.region,
    audiences: options.audience === 'members' ? ['public', 'members'] : ['public'],
  };
  const nothing: MatchCount = { count: 0, more: false };
  if (!terms.length && !options.theme && !options.country && !options.region && !options.kinds?.length) {
    return { results: [], total: nothing, byKind: new Map(), order: 'relevance', searched: false };
  }
  const limit = options.countLimit ?? countLimit;
  const chosen = (kind: string) => !options.kinds?.length || options.kinds.includes(kind);
  let total = nothing;
  let order: Order = 'relevance';
  const { byKind, entries } = await matchEntries(db, engine, terms, filters, {
    countUpTo: limit + 1, limit: options.limit, offset: options.offset,
    orderFor: (counts) => {
      const found = [...counts].filter(([kind]) => chosen(kind)).map(([, n]) => n);
      total = { count: found.reduce((sum, n) => sum + Math.min(n, limit), 0), more: found.some((n) => n > limit) };
      order = terms.length && !total.more && total.count <= limit ? 'relevance' : 'newest';
      return total.count ? order : null;
    },
  });
  const marks = highlighter(terms);
  const results = entries.map((entry) => ({ entry, title: marks.all(entry.title), snippet: marks.snippet(entry.excerpt) }));
  const counted = new Map([...byKind].map(([kind, n]) => [kind, { count: Math.min(n, limit), more: n > limit }]));
  return { results, total, byKind: counted, order, searched: true };
}
