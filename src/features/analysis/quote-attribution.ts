// How a quote may be attributed follows the input's publication consent AT THE TIME IT IS READ, never a copy made
// when the quote was marked: a submitter who narrows consent later narrows every quote with it.
// named → the organisation's (or person's) name; anonymous → only the kind of stakeholder and the UN regional
// group(s) of its countries ("a civil society organisation in Latin America and the Caribbean"), never the country;
// do-not-publish → not quotable.
import type { Submission } from '../submissions/index.ts';
import { publicationAllowed } from '../submissions/index.ts';

export type Attribution =
  | { kind: 'named'; name: string }
  | { kind: 'anonymous'; stakeholderType: string; regions: string[] }
  | { kind: 'not-quotable' };

/** The UN regional group of a country (ISO alpha-2), or null when it belongs to none. */
export type RegionOf = (countryCode: string) => string | null;

export function attributionFor(input: Pick<Submission, 'consent' | 'stakeholderType' | 'content'>, regionOf: RegionOf): Attribution {
  const allowed = publicationAllowed(input.consent);
  if (allowed === 'named') return { kind: 'named', name: input.content.submitter.name };
  if (allowed === 'anonymous') {
    const regions = input.content.submitter.countries.map(regionOf).filter((region): region is string => region !== null);
    return { kind: 'anonymous', stakeholderType: input.stakeholderType, regions: [...new Set(regions)].sort() };
  }
  return { kind: 'not-quotable' };
}
