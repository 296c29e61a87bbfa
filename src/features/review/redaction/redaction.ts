// The words of redaction: what the detectors suggest, what staff choose, and why a passage is hidden.
//
// Offsets everywhere are indices into JavaScript strings, i.e. UTF-16 code units (what `String.prototype.slice`,
// `RegExp.exec().index` and `.length` count), not code points or grapheme clusters: "😀" counts 2. A range never
// starts or ends inside a surrogate pair (detectors match whole code points; `applyRedactions` widens a range that
// would cut one).

/** What a suggested passage looks like it is. */
export const suggestionKinds = ['email', 'phone', 'postal-address', 'person-name', 'identity-number'] as const;
export type SuggestionKind = (typeof suggestionKinds)[number];

export interface Suggestion {
  start: number;
  /** Exclusive. */
  end: number;
  /** The passage itself, `text.slice(start, end)` of the text it was found in. */
  text: string;
  kind: SuggestionKind;
}

/**
 * Why a passage is hidden: a small fixed set, so the published mark says something true and translatable and never
 * carries words typed by staff (which could themselves leak what was hidden).
 */
export const redactionReasons = ['personal-data', 'safety', 'identifies-submitter', 'third-party', 'other'] as const;
export type RedactionReason = (typeof redactionReasons)[number];
export const defaultReason: RedactionReason = 'personal-data';

export function isRedactionReason(value: unknown): value is RedactionReason {
  return typeof value === 'string' && (redactionReasons as readonly string[]).includes(value);
}

/** One range of one text to hide. */
export interface Redaction {
  start: number;
  /** Exclusive. */
  end: number;
  reason: RedactionReason;
}

/** "Redact every occurrence of this exact passage", typed by staff: applies to every published text. */
export interface PassageRedaction {
  passage: string;
  reason: RedactionReason;
}

/** A published text staff review before publication: an answer's text, its details, co-signers... */
export interface RedactableField {
  /** Stable within an input, e.g. `<questionId>:<partKey>/text`; see published-fields.ts. */
  key: string;
  /** What staff read above the text (the question, the part). */
  label: string;
  text: string;
  /** The language the text is written in, for the `lang` attribute. */
  lang?: string | undefined;
}

/** A suggestion in one field, with an id that stays the same while the field's text does. */
export interface FieldSuggestion extends Suggestion {
  id: string;
  fieldKey: string;
}

/** Everything to hide in the published texts: ranges per field key, and passages hidden wherever they occur. */
export interface RedactionPlan {
  ranges: Record<string, Redaction[]>;
  passages: PassageRedaction[];
}
