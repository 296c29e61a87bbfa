// The per-question page's filters: read from the query string (or the hidden fields a form carries back), checked
// against what they may name, and written back into links, so the page a member filtered is the page they return to.
import { regionalGroupOf, regionalGroups } from '../../platform/geo/un-regional-groups.ts';
import type { InputMetadata } from './answers.repository.ts';

export const filterNames = ['type', 'country', 'region', 'language', 'code'] as const;
export type FilterName = (typeof filterNames)[number];
export type AnswerFilters = Partial<Record<FilterName, string>>;

const plain = /^[A-Za-z0-9-]{1,64}$/;

/** The filters a request names; anything malformed is dropped rather than refused (a stale bookmark still opens). */
export function readFilters(source: unknown): AnswerFilters {
  const values = (source ?? {}) as Record<string, unknown>;
  const filters: AnswerFilters = {};
  for (const name of filterNames) {
    const value = values[name];
    if (typeof value !== 'string' || !plain.test(value)) continue;
    if (name === 'region' && !(regionalGroups as readonly string[]).includes(value)) continue;
    filters[name] = value;
  }
  return filters;
}

export function readPage(source: unknown): number {
  const page = Number((source as Record<string, unknown> | undefined)?.page);
  return Number.isInteger(page) && page > 0 ? page : 1;
}

/** The query string (with "?") for these filters and page, plus any extra parameters. */
export function filterQuery(filters: AnswerFilters, page = 1, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams();
  for (const name of filterNames) if (filters[name]) query.set(name, filters[name]!);
  if (page > 1) query.set('page', String(page));
  for (const [name, value] of Object.entries(extra)) query.set(name, value);
  const text = query.toString();
  return text ? `?${text}` : '';
}

export function regionsOf(countries: readonly string[]): string[] {
  return [...new Set(countries.map(regionalGroupOf).filter((g): g is NonNullable<typeof g> => g !== null))].sort();
}

/** Whether an input's metadata passes the filters (the code filter needs its codings, checked later). */
export function metadataMatches(input: InputMetadata, filters: AnswerFilters): boolean {
  if (filters.type && input.stakeholderType !== filters.type) return false;
  if (filters.country && !input.countries.includes(filters.country)) return false;
  if (filters.region && !regionsOf(input.countries).includes(filters.region)) return false;
  if (filters.language && input.language !== filters.language) return false;
  return true;
}

/** The values present among the inputs, for the filter selects (a value no input has would only find nothing). */
export function filterOptions(inputs: readonly InputMetadata[]): Record<'type' | 'country' | 'region' | 'language', string[]> {
  const sorted = (values: Iterable<string>) => [...new Set(values)].filter((v) => v !== '').sort();
  return {
    type: sorted(inputs.map((i) => i.stakeholderType)),
    country: sorted(inputs.flatMap((i) => i.countries)),
    region: sorted(inputs.flatMap((i) => regionsOf(i.countries))),
    language: sorted(inputs.map((i) => i.language)),
  };
}
