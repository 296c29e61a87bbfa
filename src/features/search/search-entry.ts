// What other features hand the index, and the rules an entry keeps. Private network content is never indexed: an
// entry is either for everyone ('public') or for signed-in members ('members').
import { regionalGroupOf, regionalGroups, type RegionalGroup } from '../../platform/geo/un-regional-groups.ts';

/** The kinds known today; a feature may add its own kind (lower-case words and hyphens; at most 15 kinds in all). */
export const searchKinds = ['statement', 'initiative', 'organisation', 'network', 'thread', 'post'] as const;
export type SearchKind = (typeof searchKinds)[number] | (string & {});

export const audiences = ['public', 'members'] as const;
export type Audience = (typeof audiences)[number];

export interface SearchEntryInput {
  kind: SearchKind;
  refId: string;
  /** The page the result links to, a path on this site ("/statements/…"). */
  url: string;
  /** The entry's language (BCP 47), for the lang attribute of its title and snippet. */
  language: string;
  title: string;
  /** Plain text; only its first `maxExcerptChars` characters are kept and searchable. */
  body: string;
  themes?: readonly string[];
  /** ISO 3166-1 alpha-2 of the one country the work is about, or null; `countries` names several (both may be given). */
  country?: string | null;
  /** Every country the work is about (an organisation's, a network's): the country and region filters find it by any. */
  countries?: readonly string[];
  /** Added to its countries' UN regional groups: a regional network without one country may name its group. */
  regionalGroup?: RegionalGroup | null;
  audience: Audience;
  updatedAt: Date | string;
}

export interface SearchEntry {
  kind: string;
  refId: string;
  url: string;
  language: string;
  title: string;
  excerpt: string;
  themes: string[];
  /** ISO 3166-1 alpha-2 codes, sorted. */
  countries: string[];
  /** The UN regional groups of its countries and the one named, sorted. */
  regionalGroups: RegionalGroup[];
  audience: Audience;
  updatedAt: string;
}

/** Long texts are searched by their beginning: it keeps the index small and every query fast. */
export const maxExcerptChars = 4000;
export const maxTitleChars = 300;

// Kinds and themes become words of the index (facet-tokens.ts), so they are letters and single hyphens only.
const keyPattern = /^[a-z]+(?:-[a-z]+)*$/;
// A path on this site: not "//host" (another origin), no backslash (browsers read "/\host" as "//host").
const localPath = /^\/(?![/\\])[^\s\\]*$/;

function cut(text: string, max: number): string {
  const clean = text.replace(/\s+/gu, ' ').trim();
  if (clean.length <= max) return clean;
  const cutAt = clean.lastIndexOf(' ', max);
  return clean.slice(0, cutAt > max * 0.8 ? cutAt : max);
}

/** The entry as stored, or an error naming the rule a calling feature broke (a bug there, not user input). */
export function normaliseEntry(input: SearchEntryInput): SearchEntry {
  const problem = (what: string) => new Error(`search entry ${input.kind}/${input.refId}: ${what}`);
  if (!keyPattern.test(input.kind) || input.kind.length > 32) throw problem('kind must be lower-case words joined by hyphens');
  const badTheme = input.themes?.find((theme) => !keyPattern.test(theme));
  if (badTheme !== undefined) throw problem(`theme ${badTheme} is not a vocabulary key`);
  if (!input.refId) throw problem('refId is empty');
  if (!localPath.test(input.url)) throw problem('url must be a path on this site');
  if (!(audiences as readonly string[]).includes(input.audience)) throw problem(`unknown audience ${input.audience}`);
  const countries = [...new Set([...(input.countries ?? []), ...(input.country ? [input.country] : [])])].sort();
  const badCountry = countries.find((country) => !/^[A-Z]{2}$/.test(country));
  if (badCountry !== undefined) throw problem(`country ${badCountry} must be ISO 3166-1 alpha-2 in capitals`);
  const named = input.regionalGroup ?? null;
  if (named !== null && !regionalGroups.includes(named)) throw problem(`unknown regional group ${named}`);
  const groups = [...countries.map(regionalGroupOf), named].filter((group): group is RegionalGroup => group !== null);
  return {
    kind: input.kind,
    refId: input.refId,
    url: input.url,
    language: input.language,
    title: cut(input.title, maxTitleChars),
    excerpt: cut(input.body, maxExcerptChars),
    themes: [...new Set(input.themes ?? [])].sort(),
    countries,
    regionalGroups: [...new Set(groups)].sort(),
    audience: input.audience,
    updatedAt: typeof input.updatedAt === 'string' ? input.updatedAt : input.updatedAt.toISOString(),
  };
}
