// The search itself: terms read from the query, matched by the engine's index with the reader's filters and
// audience, each result with its title and a snippet marked where it matched, and how many matches each kind has.
import type { Db, Engine } from '../../db/database.ts';
import type { RegionalGroup } from '../../platform/geo/un-regional-groups.ts';
import { highlightAll, highlightSnippet, type Highlighted } from './highlight.ts';
import { fts5Expressions, tsqueryText } from './query-expressions.ts';
import type { Audience, SearchEntry } from './search-entry.ts';
import { parseQuery, type SearchTerm } from './search-query.ts';
import { countMatchesByKind, findMatchingEntries, type EntryFilters, type TextMatch } from './search.repository.ts';

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
  /** False when the query held nothing to search for and no filter was chosen: nothing was looked up. */
  searched: boolean;
}

function textMatch(engine: Engine, terms: readonly SearchTerm[]): TextMatch {
  return engine === 'postgres' ? { engine, tsquery: tsqueryText(terms) } : { engine, expressions: fts5Expressions(terms) };
}

export async function search(db: Db, engine: Engine, options: SearchOptions): Promise<SearchOutcome> {
  const terms = parseQuery(options.query);
  const filters: EntryFilters = {
    kinds: options.kinds, theme: options.theme, country: options.country, region: options.region,
    audiences: options.audience === 'members' ? ['public', 'members'] : ['public'],
  };
  if (!terms.length && !options.theme && !options.country && !options.region && !options.kinds?.length) {
    return { results: [], total: 0, byKind: new Map(), searched: false };
  }
  const match = textMatch(engine, terms);
  const [entries, byKind] = await Promise.all([
    findMatchingEntries(db, match, filters, { limit: options.limit, offset: options.offset }),
    countMatchesByKind(db, match, filters),
  ]);
  const total = [...byKind].filter(([kind]) => !options.kinds?.length || options.kinds.includes(kind)).reduce((sum, [, n]) => sum + n, 0);
  const results = entries.map((entry) => ({ entry, title: highlightAll(entry.title, terms), snippet: highlightSnippet(entry.excerpt, terms) }));
  return { results, total, byKind, searched: true };
}
