// The search page's address: what was asked (q, kind, theme, country, region, page), read from the query string and
// written back into links. A value the page cannot use is dropped rather than refused, so an old link still opens.
import { isCountryCode } from '../../i18n/countries.ts';
import { regionalGroups, type RegionalGroup } from '../../platform/geo/un-regional-groups.ts';
import { isTheme } from '../../platform/vocabulary/solidarity-vocabulary.ts';
import { maxQueryLength } from './search-query.ts';

export interface SearchRequest {
  q: string;
  kind?: string | undefined;
  theme?: string | undefined;
  country?: string | undefined;
  region?: RegionalGroup | undefined;
  page: number;
}

export const resultsPerPage = 20;
/** Twenty pages of twenty: further than anyone reads, and it bounds what a deep page costs. */
export const maxPage = 20;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

export function readSearchRequest(query: unknown): SearchRequest {
  const values = (query ?? {}) as Record<string, unknown>;
  const kind = text(values.kind);
  const theme = text(values.theme);
  const country = text(values.country).toUpperCase();
  const region = text(values.region);
  const page = Number(text(values.page) || '1');
  return {
    q: text(values.q).slice(0, maxQueryLength).trim(),
    kind: /^[a-z]+(?:-[a-z]+)*$/.test(kind) && kind.length <= 32 ? kind : undefined,
    theme: isTheme(theme) ? theme : undefined,
    country: isCountryCode(country) ? country : undefined,
    region: (regionalGroups as readonly string[]).includes(region) ? (region as RegionalGroup) : undefined,
    page: Number.isInteger(page) && page >= 1 ? Math.min(page, maxPage) : 1,
  };
}

/** The address of this search with some values changed (undefined removes one); the first page unless named. */
export function searchHref(request: SearchRequest, changes: Partial<SearchRequest> = {}): string {
  const next = { ...request, page: 1, ...changes };
  const query = new URLSearchParams();
  if (next.q) query.set('q', next.q);
  for (const name of ['kind', 'theme', 'country', 'region'] as const) if (next[name]) query.set(name, next[name]!);
  if (next.page > 1) query.set('page', String(next.page));
  const written = query.toString();
  return written ? `/search?${written}` : '/search';
}
