// Suggests passages to hide before an input is published: e-mail addresses, phone numbers, postal addresses, names
// of people and identity numbers, in the languages the call accepts. Suggestions only: staff tick, untick and add.
// How each kind is found, and why it would rather miss than over-flag, is said in detection/*.ts.
//
// Offsets are UTF-16 code units of the given string (JavaScript string indices), see redaction.ts.
import { createHash } from 'node:crypto';
import { compileFormats, findFormats, findUrls, type CompiledFormats, type Span } from './detection/formats.ts';
import { rulesFor } from './detection/languages/index.ts';
import { normaliseForDetection } from './detection/normalise.ts';
import { compileNames, findKnownNames, findTitledAndIntroducedNames, namesToPropagate, type CompiledNames } from './detection/names.ts';
import type { FieldSuggestion, RedactableField, Suggestion } from './redaction.ts';

export interface SuggestOptions {
  /** The languages the call accepts (en, fr, es, ar, zh, ru); none means all of them. */
  languages?: readonly string[];
  /** Names of people the input itself gives: an individual submitter's name, co-signers, a contact person. */
  knownNames?: readonly string[];
}

interface Detectors {
  formats: CompiledFormats;
  names: CompiledNames;
}

const detectorsByLanguages = new Map<string, Detectors>();

function detectorsFor(languages: readonly string[] | undefined): Detectors {
  const key = [...new Set(languages ?? [])].sort().join(',');
  let detectors = detectorsByLanguages.get(key);
  if (!detectors) {
    const rules = rulesFor(languages);
    detectorsByLanguages.set(key, (detectors = { formats: compileFormats(rules), names: compileNames(rules) }));
  }
  return detectors;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Spaces and trailing commas or colons are not part of what is hidden. */
function trimmed(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /[\s,;:]/.test(text[end - 1]!)) end -= 1;
  return { ...span, start, end };
}

/** Overlapping spans become one covering both, of the kind of the longer (an e-mail inside an address, say). */
function merged(spans: readonly Span[]): Span[] {
  const result: Array<Span & { longest: number }> = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = result.at(-1);
    const length = span.end - span.start;
    if (last && span.start < last.end) {
      if (length > last.longest) Object.assign(last, { kind: span.kind, longest: length });
      last.end = Math.max(last.end, span.end);
    } else result.push({ ...span, longest: length });
  }
  return result.map(({ start, end, kind }) => ({ start, end, kind }));
}

/** Names after a title or an introducing phrase, outside web addresses. */
function titledAndIntroduced(normalised: string, detectors: Detectors, urls = findUrls(normalised)): Span[] {
  return findTitledAndIntroducedNames(normalised, detectors.names).filter((span) => !urls.some((url) => overlaps(url, span)));
}

function detect(text: string, detectors: Detectors, knownNames: readonly string[]): Suggestion[] {
  const normalised = normaliseForDetection(text);
  const urls = findUrls(normalised);
  const formats = findFormats(normalised, detectors.formats).filter((span) => span.kind === 'email' || !urls.some((url) => overlaps(url, span)));
  const names = titledAndIntroduced(normalised, detectors, urls);
  // A name found after a title here is looked for everywhere in the text: "Ms Maria Lopez … Maria Lopez said".
  const known = [...knownNames, ...namesToPropagate(normalised, names)].map(normaliseForDetection);
  const spans = [...formats, ...names, ...findKnownNames(normalised, known)].map((span) => trimmed(text, span)).filter((s) => s.end > s.start);
  return merged(spans).map((span) => ({ ...span, text: text.slice(span.start, span.end) }));
}

/** Suggestions for one text, sorted and never overlapping. */
export function suggestRedactions(text: string, options: SuggestOptions = {}): Suggestion[] {
  return detect(text, detectorsFor(options.languages), options.knownNames ?? []);
}

function shortHash(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 8);
}

/**
 * An id that stays the same as long as the field's text does, so a ticked box still means the same passage when
 * the form comes back; usable as an HTML id and a form field name.
 */
export function suggestionId(fieldKey: string, suggestion: Suggestion): string {
  return `s-${shortHash(fieldKey)}-${suggestion.start}-${suggestion.end}-${shortHash(suggestion.text)}`;
}

/**
 * Suggestions for every published text of an input. A name found after a title in one answer is looked for in
 * all of them: people are introduced once and named again later.
 */
export function suggestFieldRedactions(fields: readonly RedactableField[], options: SuggestOptions = {}): FieldSuggestion[] {
  const detectors = detectorsFor(options.languages);
  const introduced = fields.flatMap((field) => {
    const normalised = normaliseForDetection(field.text);
    return namesToPropagate(normalised, titledAndIntroduced(normalised, detectors));
  });
  const knownNames = [...(options.knownNames ?? []), ...introduced];
  return fields.flatMap((field) => detect(field.text, detectors, knownNames).map((suggestion) => ({
    ...suggestion, fieldKey: field.key, id: suggestionId(field.key, suggestion),
  })));
}
