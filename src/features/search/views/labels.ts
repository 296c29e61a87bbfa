// Words the search pages share: kinds (singular for a result, plural for the list of kinds) and regional groups.
import type { Translator } from '../../../i18n/translator.ts';
import { searchKinds } from '../search-entry.ts';

const known = (kind: string): boolean => (searchKinds as readonly string[]).includes(kind);

/** A kind another feature added without a label here shows as its key rather than not at all. */
export const kindLabel = (t: Translator['t'], kind: string): string => (known(kind) ? t(`search.kind.${kind}`) : kind);
export const kindsLabel = (t: Translator['t'], kind: string): string => (known(kind) ? t(`search.kinds.${kind}`) : kind);
export const regionLabel = (t: Translator['t'], group: string): string => t(`search.region.${group}`);

/** Kinds in the order the list shows them: the known ones as declared, then any others by name. */
export function orderedKinds(kinds: Iterable<string>): string[] {
  const rank = (kind: string) => (known(kind) ? (searchKinds as readonly string[]).indexOf(kind) : searchKinds.length);
  return [...kinds].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
