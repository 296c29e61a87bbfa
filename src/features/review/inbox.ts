// The inbox's filters and their counts, computed in memory from one call's inputs (a few thousand at most).
// Each filter's counts apply every OTHER filter, so a count says how many inputs choosing that value would show.
import { stakeholderTypes } from '../calls/index.ts';
import { consentChoices, type Consent } from '../submissions/index.ts';

export const reviewStatuses = ['new', 'reviewed'] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];

export interface InboxEntry {
  id: string;
  reference: string;
  stakeholderType: string;
  language: string;
  consent: Consent;
  late: boolean;
  reviewStatus: ReviewStatus;
  submittedOn: string;
  published: boolean;
  countries: string[];
}

export const filterNames = ['type', 'country', 'language', 'consent', 'late', 'review', 'publication'] as const;
export type FilterName = (typeof filterNames)[number];
export type InboxFilters = Partial<Record<FilterName, string>>;

/** The value(s) an entry has for each filter; an input about several countries counts under each. */
const valuesOf: Record<FilterName, (entry: InboxEntry) => readonly string[]> = {
  type: (e) => [e.stakeholderType],
  country: (e) => e.countries,
  language: (e) => (e.language ? [e.language] : []),
  consent: (e) => [e.consent],
  late: (e) => [e.late ? 'yes' : 'no'],
  review: (e) => [e.reviewStatus],
  publication: (e) => [e.published ? 'published' : 'unpublished'],
};

/** The values a filter offers even when no input has them yet; country and language list what is present. */
const fixedValues: Partial<Record<FilterName, readonly string[]>> = {
  type: stakeholderTypes,
  consent: consentChoices,
  late: ['yes', 'no'],
  review: reviewStatuses,
  publication: ['published', 'unpublished'],
};

/** Reads the filters from a query string, ignoring empty and malformed values. */
export function parseFilters(query: Record<string, unknown>): InboxFilters {
  const filters: InboxFilters = {};
  for (const name of filterNames) {
    const value = query[name];
    if (typeof value !== 'string' || !value) continue;
    const fixed = fixedValues[name];
    if (fixed ? fixed.includes(value) : /^[A-Za-z]{2,3}$/.test(value)) filters[name] = value;
  }
  return filters;
}

export function applyFilters(entries: readonly InboxEntry[], filters: InboxFilters, except?: FilterName): InboxEntry[] {
  const active = filterNames.filter((name) => name !== except && filters[name]);
  return entries.filter((entry) => active.every((name) => valuesOf[name](entry).includes(filters[name]!)));
}

export interface Facet {
  name: FilterName;
  options: { value: string; count: number }[];
}

export function facets(entries: readonly InboxEntry[], filters: InboxFilters): Facet[] {
  return filterNames.map((name) => {
    // Every value any input has stays offered (at zero if other filters exclude it), so options do not jump about.
    const counts = new Map<string, number>((fixedValues[name] ?? []).map((v) => [v, 0]));
    for (const entry of entries) for (const value of valuesOf[name](entry)) counts.set(value, 0);
    for (const entry of applyFilters(entries, filters, name)) {
      for (const value of valuesOf[name](entry)) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    // A chosen value stays offered even at zero, so the form can show what is selected.
    const chosen = filters[name];
    if (chosen && !counts.has(chosen)) counts.set(chosen, 0);
    return { name, options: [...counts].map(([value, count]) => ({ value, count })) };
  });
}

export const inboxPageSize = 50;

export function pageOf<T>(items: readonly T[], page: number): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / inboxPageSize));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  return { items: items.slice((current - 1) * inboxPageSize, current * inboxPageSize), page: current, pages };
}
