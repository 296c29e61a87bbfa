// Filter values as words of the index (SQLite's `facets` column, lexemes of PostgreSQL's tsvector), so a filter is
// one more term the full-text index intersects rather than a look at the entry row of every match. A letter says which filter; hyphens (the only punctuation
// keys may hold, see search-entry.ts) become 0: theme "civic-space" → "\uE000tcivic0space", country "FR" → "\uE000cfr".
//
// Each starts with a private-use character: FTS5 keeps it inside the word, and no query term can hold one (search-
// text.ts takes letters, digits and marks only), so queries need no column filter to stay out of the facets. A column
// filter would make FTS5 read every match's positions, several times the cost of counting its rowids.
import type { SearchEntry } from './search-entry.ts';

const facetMark = '\uE000';
const word = (prefix: string, key: string): string => `${facetMark}${prefix}${key.toLowerCase().replaceAll('-', '0')}`;

export const countryToken = (country: string): string => word('c', country);
export const regionToken = (region: string): string => word('r', region);
export const themeToken = (theme: string): string => word('t', theme);

export function facetTokens(entry: Pick<SearchEntry, 'countries' | 'regionalGroups' | 'themes'>): string[] {
  return [...entry.countries.map(countryToken), ...entry.regionalGroups.map(regionToken), ...entry.themes.map(themeToken)];
}

export interface FacetFilters {
  country?: string | undefined;
  region?: string | undefined;
  theme?: string | undefined;
}

/** The facet words a search's filters ask for. */
export function filterTokens(filters: FacetFilters): string[] {
  return [
    ...(filters.country ? [countryToken(filters.country)] : []),
    ...(filters.region ? [regionToken(filters.region)] : []),
    ...(filters.theme ? [themeToken(filters.theme)] : []),
  ];
}

/**
 * In the trigram table a filter word could match inside a longer one ("cci" in "vaccines"), so it is fenced. Only
 * countries are written there: fenced, one is three trigrams of private-use and code letters, which FTS5 intersects
 * with a term's at little cost; a region or theme would be eight to fourteen trigrams of common letters, dearer to
 * match and to rank than the terms themselves, so those are looked up in the words table (search-sqlite.repository.ts).
 */
export const fenced = (token: string): string => `${token}${facetMark}`;

export const substringFacetTokens = (entry: Pick<SearchEntry, 'countries'>): string[] => entry.countries.map((country) => fenced(countryToken(country)));
