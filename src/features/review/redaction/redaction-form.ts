// The redaction form, read without JavaScript: a checkbox per suggestion (ticked the first time), a reason per
// suggestion, and a box of other passages, one per line, with one reason. Suggestions are made again from the
// stored texts on every request; the form only says which of them staff ticked, by id, so a posted offset can
// never point anywhere the server did not suggest.
import { formList, formText } from '../../../http/form-fields.ts';
import type { FieldErrors } from '../../../views/form.tsx';
import { findPassage } from './apply-redactions.ts';
import {
  defaultReason, isRedactionReason, type FieldSuggestion, type PassageRedaction, type RedactableField, type RedactionPlan, type RedactionReason,
} from './redaction.ts';

/** The form's field names. */
export const redactionFields = {
  redact: 'redact',
  reason: (suggestionId: string) => `reason-${suggestionId}`,
  manual: 'manual',
  manualReason: 'manual-reason',
  intent: 'intent',
} as const;

export const redactionIntents = ['preview', 'publish'] as const;
export type RedactionIntent = (typeof redactionIntents)[number];

/** What staff chose, as the form shows it again. */
export interface RedactionChoice {
  /** Ids of the ticked suggestions. */
  selected: string[];
  reasons: Record<string, RedactionReason>;
  /** The other passages as typed, one per line. */
  manual: string;
  manualReason: RedactionReason;
}

export interface RedactionFormResult {
  intent: RedactionIntent;
  choice: RedactionChoice;
  /** Empty when the plan may be published. */
  errors: FieldErrors;
  /** What to hide: the ticked suggestions and the passages that occur (those that do not are in `errors`). */
  plan: RedactionPlan;
}

/** The form as first shown: every suggestion ticked, for personal data. */
export function initialRedactionChoice(suggestions: readonly FieldSuggestion[]): RedactionChoice {
  return {
    selected: suggestions.map((s) => s.id),
    reasons: Object.fromEntries(suggestions.map((s) => [s.id, defaultReason])),
    manual: '',
    manualReason: defaultReason,
  };
}

const reasonOr = (value: string): RedactionReason => (isRedactionReason(value) ? value : defaultReason);

/** The plan for a choice: ranges of ticked suggestions per field, and passages. */
export function planOf(suggestions: readonly FieldSuggestion[], choice: Pick<RedactionChoice, 'selected' | 'reasons'>, passages: PassageRedaction[] = []): RedactionPlan {
  const ranges: RedactionPlan['ranges'] = {};
  for (const suggestion of suggestions.filter((s) => choice.selected.includes(s.id))) {
    (ranges[suggestion.fieldKey] ??= []).push({ start: suggestion.start, end: suggestion.end, reason: choice.reasons[suggestion.id] ?? defaultReason });
  }
  return { ranges, passages };
}

const quoted = (passages: readonly string[]) => passages.map((p) => `“${p}”`).join(', ');

export function readRedactionForm(body: unknown, fields: readonly RedactableField[], suggestions: readonly FieldSuggestion[]): RedactionFormResult {
  const intent = formText(body, redactionFields.intent) === 'publish' ? 'publish' : 'preview';
  const known = new Set(suggestions.map((s) => s.id));
  const ticked = [...new Set(formList(body, redactionFields.redact))];
  const choice: RedactionChoice = {
    selected: ticked.filter((id) => known.has(id)),
    reasons: Object.fromEntries(suggestions.map((s) => [s.id, reasonOr(formText(body, redactionFields.reason(s.id)))])),
    manual: formText(body, redactionFields.manual).replace(/\r\n?/g, '\n'),
    manualReason: reasonOr(formText(body, redactionFields.manualReason)),
  };
  const errors: FieldErrors = {};
  // A ticked id the server no longer suggests means a text changed since the form was shown: publishing without
  // that passage hidden could publish what staff meant to hide, so the form comes back instead.
  if (ticked.some((id) => !known.has(id))) errors[redactionFields.redact] = { key: 'redaction.error-stale' };

  const lines = [...new Set(choice.manual.split('\n').map((line) => line.trim()).filter(Boolean))];
  const tooShort = lines.filter((line) => [...line].length < 2);
  const missing = lines.filter((line) => !tooShort.includes(line) && !fields.some((field) => findPassage(field.text, line).length));
  if (tooShort.length) errors[redactionFields.manual] = { key: 'redaction.error-passage-too-short', values: { passages: quoted(tooShort) } };
  else if (missing.length) {
    errors[redactionFields.manual] = { key: 'redaction.error-passage-not-found', values: { count: missing.length, passages: quoted(missing) } };
  }
  const passages = lines.filter((line) => !tooShort.includes(line) && !missing.includes(line)).map((passage) => ({ passage, reason: choice.manualReason }));
  return { intent, choice, errors, plan: planOf(suggestions, choice, passages) };
}
