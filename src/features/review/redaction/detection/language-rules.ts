// What each language contributes to detection. Every rule is a short list a reader can check, or a pattern for one
// well-defined format, never a dictionary of names: the detectors prefer missing a passage (staff read every text and
// can add it by hand) to flagging so much that staff stop reading the flags. Calls accept the six UN languages; the
// detectors for English, French and Spanish know names, addresses and national formats, those for Arabic, Chinese
// and Russian catch e-mail addresses, phone numbers and identity numbers (with their scripts' digits folded).

/** A pattern for one format, matched on the normalised text, and an optional check of what it matched. */
export interface FormatPattern {
  /** Global and unicode flags; never the `i` flag (it would make `\p{Lu}` match lowercase letters too). */
  pattern: RegExp;
  /** Called with the normalised match and its named groups; false drops the match (a failed checksum, a year). */
  valid?: (match: string, groups: Record<string, string | undefined>) => boolean;
}

export interface LanguageRules {
  /** Titles written before a person's name ("Mr", "Mme", "Sra."). An entry ending in "." needs its dot; others take one or not. */
  honorifics: readonly string[];
  /** Phrases a person's name follows ("my colleague", "mon collègue"); matched in lower case or capitalised. */
  introducers: readonly string[];
  /** Introducers that name things as often as people ("named", "llamado"): ignored after one of `thingNouns`. */
  namingWords: readonly string[];
  thingNouns: readonly string[];
  /** Capitalised words that are functions or titles, not names ("President", "Rapporteur"). */
  notNames: readonly string[];
  /** Words that make a capitalised run an organisation, a law or a place, not a person ("Network", "Fundación"). */
  notPersonWords: readonly string[];
  /** Words that open a phone number ("tel", "móvil"); matched in lower case, capitalised or upper case. */
  phoneLabels: readonly string[];
  /** Words that open an identity number ("passport", "DNI", "cédula"); the same. */
  identityLabels: readonly string[];
  /** National phone formats recognisable without a label. */
  phonePatterns: readonly FormatPattern[];
  /** National identity formats recognisable without a label (a checksum or a strict structure). */
  identityPatterns: readonly FormatPattern[];
  /** Street addresses and post-office boxes. */
  postalPatterns: readonly FormatPattern[];
}

export const noRules: LanguageRules = {
  honorifics: [], introducers: [], namingWords: [], thingNouns: [], notNames: [], notPersonWords: [], phoneLabels: [],
  identityLabels: [], phonePatterns: [], identityPatterns: [], postalPatterns: [],
};

/** "my" × ["colleague", "friend"] → "my colleague", "my friend". */
export function combine(firsts: readonly string[], seconds: readonly string[]): string[] {
  return firsts.flatMap((first) => seconds.map((second) => `${first} ${second}`));
}
