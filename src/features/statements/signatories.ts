// Who co-signs a statement, as the public may know it, and the counts the page and the signed file carry. The list
// is the same for every reader (it is cached and signed), so it says only what an anonymous reader may know: an
// organisation in at-risk mode has its name and countries withheld (the organisations feature decides, and lets
// through at most its UN regional group) and is still counted, so a statement's weight does not depend on who can
// afford to be named. Dates are days: an exact instant repeated across statements could link withheld signatures.
import { regionalGroupOf, regionalGroups, type RegionalGroup } from '../../platform/geo/un-regional-groups.ts';

export interface Signatory {
  organisationId: string;
  /** The organisation's name, or null when it is withheld from the public. */
  name: string | null;
  /** Countries the organisation works in; empty when withheld. */
  countries: readonly string[];
  /** UN regional groups it works in (for a withheld one, only a sole group, as its public label says). */
  regionalGroups: readonly RegionalGroup[];
  /** A member organisation of the network that issued the statement (said only of named ones, and only when the
   * network is public: a private network's membership is not for everyone to read). */
  memberOfIssuingNetwork: boolean;
  /** When the signature was given (an instant; shown and signed as its day). */
  signedAt: string;
}

export const isWithheld = (signatory: Signatory): boolean => signatory.name === null;

/** The groups a list of countries falls in, in the UN's order. */
export function regionalGroupsOf(countries: readonly string[]): RegionalGroup[] {
  const found = new Set(countries.map(regionalGroupOf));
  return regionalGroups.filter((group) => found.has(group));
}

/** Signatories whose groups are unknown (withheld across several groups, or working only outside any group). */
export const noRegionalGroup = 'none' as const;
export type RegionKey = RegionalGroup | typeof noRegionalGroup;

export interface SignatoryCounts {
  total: number;
  /** Signatories whose name is withheld (at-risk organisations). */
  withheld: number;
  /** Signatories known to be member organisations of the issuing network. */
  ofIssuingNetwork: number;
  /** Named signatories working in each country, most first then by code (one organisation counts in each of its countries). */
  byCountry: { country: string; count: number }[];
  /** Signatories working in each group (once per group), every group in the UN's order, zeros included, then unknown. */
  byRegion: { region: RegionKey; count: number }[];
}

export const signedOn = (signedAt: string): string => signedAt.slice(0, 10);

/** The order signatories are listed in: first to sign first; the same instant, by name (withheld last). */
export function orderSignatories(signatories: readonly Signatory[]): Signatory[] {
  return [...signatories].sort((a, b) => a.signedAt.localeCompare(b.signedAt)
    || (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff') || a.organisationId.localeCompare(b.organisationId));
}

export function countSignatories(signatories: readonly Signatory[]): SignatoryCounts {
  const countries = new Map<string, number>();
  const regions = new Map<RegionKey, number>();
  const add = <K>(counts: Map<K, number>, key: K) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const signatory of signatories) {
    for (const country of new Set(signatory.countries)) add(countries, country);
    if (signatory.regionalGroups.length === 0) add(regions, noRegionalGroup);
    for (const group of new Set(signatory.regionalGroups)) add(regions, group);
  }
  return {
    total: signatories.length,
    withheld: signatories.filter(isWithheld).length,
    ofIssuingNetwork: signatories.filter((s) => s.memberOfIssuingNetwork).length,
    byCountry: [...countries].map(([country, count]) => ({ country, count }))
      .sort((a, b) => b.count - a.count || a.country.localeCompare(b.country)),
    byRegion: [...regionalGroups, noRegionalGroup].map((region: RegionKey) => ({ region, count: regions.get(region) ?? 0 })),
  };
}
