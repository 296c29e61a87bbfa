// A network's member organisations counted by country and by UN regional group. An organisation whose name the
// viewer may not see counts in its regional groups only: a count of one in a small country would name it.
import { regionalGroupOf, regionalGroups, type RegionalGroup } from '../../platform/geo/un-regional-groups.ts';

export interface PlaceCounts {
  byCountry: Record<string, number>;
  /** `none`: countries in no regional group (observer States, territories). */
  byRegionalGroup: Record<RegionalGroup | 'none', number>;
  /** Organisations left out of the counts by country. */
  withheldFromCountries: number;
}

export function countByPlace(organisations: readonly { countries: readonly string[]; nameVisible: boolean }[]): PlaceCounts {
  const byCountry: Record<string, number> = {};
  const byRegionalGroup = Object.fromEntries([...regionalGroups, 'none'].map((g) => [g, 0])) as PlaceCounts['byRegionalGroup'];
  let withheldFromCountries = 0;
  for (const organisation of organisations) {
    if (organisation.nameVisible) for (const country of organisation.countries) byCountry[country] = (byCountry[country] ?? 0) + 1;
    else withheldFromCountries += 1;
    for (const group of new Set(organisation.countries.map((c) => regionalGroupOf(c) ?? 'none'))) byRegionalGroup[group] += 1;
  }
  return { byCountry, byRegionalGroup, withheldFromCountries };
}
