// Aggregate counts of a call's PUBLISHED inputs only: every input behind them is already public, so no count can
// reveal anything about an input that was not published (unpublished inputs and code counts are left out on purpose:
// small cells could point at one person).
import type { Db } from '../../db/database.ts';
import { answerLanguages, stakeholderTypes } from '../calls/index.ts';
import { regionalGroups } from '../../platform/geo/un-regional-groups.ts';
import type { CsvValue } from './csv.ts';
import { regionalGroupsOf } from './open-input.ts';
import { listPublishedFacets } from './open-data.repository.ts';

export interface Count {
  key: string;
  count: number;
}

export interface PublishedCounts {
  total: number;
  by_stakeholder_type: Count[];
  by_language: Count[];
  /** An input naming several countries counts once for each; one naming none is not counted here. */
  by_country: Count[];
  /** An input counts once per group its countries fall in; "none" for inputs with no country in any group. */
  by_regional_group: Count[];
}

export const noRegionalGroup = 'none';

/** Known keys first in their fixed order (zeros included, so columns stay stable), then any other key found. */
function tally(values: readonly string[], known: readonly string[]): Count[] {
  const counts = new Map<string, number>(known.map((k) => [k, 0]));
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ key, count }));
}

export async function countPublishedInputs(db: Db, callId: string): Promise<PublishedCounts> {
  const inputs = await listPublishedFacets(db, callId);
  const byCountry = tally(inputs.flatMap((i) => [...new Set(i.countries)]), [])
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  return {
    total: inputs.length,
    by_stakeholder_type: tally(inputs.map((i) => i.stakeholderType), stakeholderTypes),
    by_language: tally(inputs.map((i) => i.language), answerLanguages),
    by_country: byCountry,
    by_regional_group: tally(inputs.flatMap((i) => {
      const groups = regionalGroupsOf(i.countries);
      return groups.length ? groups : [noRegionalGroup];
    }), [...regionalGroups, noRegionalGroup]),
  };
}

export const countsCsvHeader = ['dimension', 'key', 'count'];

export function countsCsvRows(counts: PublishedCounts): CsvValue[][] {
  const dimensions = [
    ['stakeholder_type', counts.by_stakeholder_type], ['language', counts.by_language],
    ['country', counts.by_country], ['regional_group', counts.by_regional_group],
  ] as const;
  return [['total', 'all', counts.total], ...dimensions.flatMap(([dimension, list]) => list.map((c) => [dimension, c.key, c.count]))];
}
