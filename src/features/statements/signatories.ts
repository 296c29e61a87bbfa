// Who co-signs a statement, as the public may know it, and the counts the page and the signed file carry. An
// organisation in at-risk mode is listed by its public name only (its organisation feature decides that name)
// and still counted, so the weight of a statement does not depend on who can afford to be named.
import { regionalGroupOf, regionalGroups, type RegionalGroup } from '../../platform/geo/un-regional-groups.ts';

export interface Signatory {
  organisationId: string;
  /** The name the public may read: the real name, or the at-risk organisation's public name. */
  publicName: string;
  /** The country the organisation is based in, when it says. */
  country: string | null;
  atRisk: boolean;
  signedAt: string;
}

/** Countries not in any UN regional group, or not given, are counted under this key. */
export const noRegionalGroup = 'none' as const;
export type RegionKey = RegionalGroup | typeof noRegionalGroup;

export interface SignatoryCounts {
  total: number;
  atRisk: number;
  /** Most signatories first, then by country code; '' for organisations that gave no country. */
  byCountry: { country: string; count: number }[];
  /** Every group in the UN's order, zeros included, then organisations in no group. */
  byRegion: { region: RegionKey; count: number }[];
}

/** The order signatories are listed in: first to sign first; same instant, by name. */
export function orderSignatories(signatories: readonly Signatory[]): Signatory[] {
  return [...signatories].sort((a, b) => a.signedAt.localeCompare(b.signedAt) || a.publicName.localeCompare(b.publicName) || a.organisationId.localeCompare(b.organisationId));
}

export function countSignatories(signatories: readonly Signatory[]): SignatoryCounts {
  const countries = new Map<string, number>();
  const regions = new Map<RegionKey, number>();
  for (const signatory of signatories) {
    const country = signatory.country ?? '';
    countries.set(country, (countries.get(country) ?? 0) + 1);
    const region = (country && regionalGroupOf(country)) || noRegionalGroup;
    regions.set(region, (regions.get(region) ?? 0) + 1);
  }
  return {
    total: signatories.length,
    atRisk: signatories.filter((s) => s.atRisk).length,
    byCountry: [...countries].map(([country, count]) => ({ country, count }))
      .sort((a, b) => b.count - a.count || a.country.localeCompare(b.country)),
    byRegion: [...regionalGroups, noRegionalGroup].map((region: RegionKey) => ({ region, count: regions.get(region) ?? 0 })),
  };
}
