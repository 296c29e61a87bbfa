// The public list: published initiatives, filtered by right, theme, country or UN regional group, a page at a time.
// Filters come from the query string; an unknown value is dropped (and the form shows "all") rather than refused.
import type { Db } from '../../db/database.ts';
import { isCountryCode } from '../../i18n/countries.ts';
import { regionalGroupMembers, regionalGroups, type RegionalGroup } from '../../platform/geo/un-regional-groups.ts';
import { isHumanRight, isTheme } from '../../platform/vocabulary/solidarity-vocabulary.ts';
import { initiativeLimits, pageNumber } from './initiative.ts';
import type { InitiativeRecord } from './initiative-rows.repository.ts';
import { listPublished, type TagFilters } from './published-initiatives.repository.ts';

export interface InitiativeFilters {
  right: string;
  theme: string;
  country: string;
  region: string;
}

export const filterNames = ['right', 'theme', 'country', 'region'] as const;

export function readFilters(query: Record<string, unknown>): InitiativeFilters {
  const text = (name: string) => (typeof query[name] === 'string' ? (query[name] as string) : '');
  const region = text('region');
  return {
    right: isHumanRight(text('right')) ? text('right') : '',
    theme: isTheme(text('theme')) ? text('theme') : '',
    country: isCountryCode(text('country')) ? text('country') : '',
    region: (regionalGroups as readonly string[]).includes(region) ? region : '',
  };
}

/** The query string of these filters (and a page), for links: only the filters that are set. */
export function filtersQuery(filters: InitiativeFilters, page = 1): string {
  const params = new URLSearchParams();
  for (const name of filterNames) if (filters[name]) params.set(name, filters[name]);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `?${query}` : '';
}

export interface InitiativeListing {
  filters: InitiativeFilters;
  items: InitiativeRecord[];
  total: number;
  page: number;
  pages: number;
}

export async function listInitiatives(db: Db, filters: InitiativeFilters, requestedPage: string | undefined): Promise<InitiativeListing> {
  const tags: TagFilters = {
    ...(filters.right ? { right: filters.right } : {}),
    ...(filters.theme ? { theme: filters.theme } : {}),
  };
  // A country and a region together mean the country, if it is in the region, else nothing.
  const regionCountries = filters.region ? regionalGroupMembers[filters.region as RegionalGroup] : undefined;
  if (filters.country) tags.countries = !regionCountries || regionCountries.includes(filters.country) ? [filters.country] : [];
  else if (regionCountries) tags.countries = regionCountries;
  const perPage = initiativeLimits.perPage;
  const page = pageNumber(requestedPage);
  const { items, total } = await listPublished(db, tags, { offset: (page - 1) * perPage, limit: perPage });
  return { filters, items, total, page, pages: Math.max(1, Math.ceil(total / perPage)) };
}
