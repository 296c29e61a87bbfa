// Which texts of an input are published, as redactable fields with stable keys, and how their redacted versions go
// back into the published content. Every answer text is listed, even one no question shows any more: the
// publication copies all answers, so all of them are reviewed and neutralised.
import type { Translator } from '../../../i18n/translator.ts';
import { pickTranslation } from '../../../i18n/translator.ts';
import { partRef, type Questionnaire } from '../../calls/index.ts';
import type { PartAnswer, Submitter } from '../../submissions/index.ts';
import { coSignerList } from '../co-signers.ts';
import { applyRedactions, hasRedactions } from './apply-redactions.ts';
import type { RedactableField, RedactionPlan } from './redaction.ts';

/** The published texts of an answer, in the order the answers view shows them. */
const answerTexts = ['other', 'text', 'details'] as const;
type AnswerText = (typeof answerTexts)[number];

export const coSignersFieldKey = 'co-signers';

export interface PublishedTexts {
  answers: Record<string, PartAnswer>;
  coSigners: readonly string[];
}

interface TextField {
  key: string;
  text: string;
  ref?: string;
  part?: AnswerText;
}

const answerFieldKey = (ref: string, part: AnswerText) => `${ref}/${part}`;

/** Every non-empty published text, keyed `<questionId>:<partKey>/<text|details|other>`, then `co-signers`. */
function textFields(content: PublishedTexts): TextField[] {
  const fields: TextField[] = Object.entries(content.answers).flatMap(([ref, answer]) => answerTexts
    .filter((part) => answer[part]?.trim())
    .map((part) => ({ key: answerFieldKey(ref, part), text: answer[part]!, ref, part })));
  if (content.coSigners.length) fields.push({ key: coSignersFieldKey, text: content.coSigners.join('\n') });
  return fields;
}

/** The fields staff review, labelled with their question (in the reader's language), in questionnaire order. */
export function publishedFields(content: PublishedTexts, questionnaire: Questionnaire | undefined, i18n: Translator, lang?: string): RedactableField[] {
  const labels = new Map<string, { label: string; order: number }>();
  questionnaire?.questions.forEach((question, q) => question.parts.forEach((part, p) => {
    const questionText = `${question.number}. ${pickTranslation(question.text, i18n.locale).text}`;
    const partLabel = question.parts.length > 1 ? pickTranslation(part.label, i18n.locale).text : '';
    labels.set(partRef(question, part), { label: partLabel ? `${questionText} — ${partLabel}` : questionText, order: q * 1000 + p });
  }));
  const partNames: Record<AnswerText, string> = {
    text: '', details: i18n.t('redaction.field-details'), other: i18n.t('redaction.field-other'),
  };
  return textFields(content)
    .map((field) => {
      const known = field.ref ? labels.get(field.ref) : undefined;
      const base = field.ref ? known?.label ?? field.ref : i18n.t('redaction.field-co-signers');
      const part = field.part ? partNames[field.part] : '';
      return { order: known?.order ?? Number.MAX_SAFE_INTEGER, field: { key: field.key, label: part ? `${base} (${part})` : base, text: field.text, lang } };
    })
    .sort((a, b) => a.order - b.order)
    .map((entry) => entry.field);
}

/** Each field's text as it would be published under the plan: what "Preview" shows. */
export function redactFields(fields: readonly RedactableField[], plan: RedactionPlan): Record<string, string> {
  return Object.fromEntries(fields.map((field) => [field.key, applyRedactions(field.text, plan.ranges[field.key] ?? [], plan.passages)]));
}

/** The content with each published text passed through `map` (given the text and its field key). */
export function mapPublishedTexts<T extends PublishedTexts>(content: T, map: (text: string, key: string) => string): T {
  const answers: Record<string, PartAnswer> = Object.fromEntries(Object.entries(content.answers).map(([ref, answer]) => [ref, { ...answer }]));
  let coSigners = [...content.coSigners];
  for (const field of textFields(content)) {
    const mapped = map(field.text, field.key);
    if (field.ref && field.part) answers[field.ref]![field.part] = mapped;
    else coSigners = mapped.split('\n');
  }
  return { ...content, answers, coSigners };
}

/**
 * The published content with every text redacted by the plan, and every text neutralised (see apply-redactions.ts)
 * even where nothing is hidden, so no text published through here can carry a forged mark.
 */
export function redactPublishedTexts<T extends PublishedTexts>(content: T, plan: RedactionPlan): T {
  return mapPublishedTexts(content, (text, key) => applyRedactions(text, plan.ranges[key] ?? [], plan.passages));
}

export function hasRedactedTexts(content: PublishedTexts): boolean {
  return textFields(content).some((field) => hasRedactions(field.text));
}

/**
 * Names the input gives of people, to look for in its texts: the submitter's name when they wrote as an individual,
 * and co-signers. When the input is published without identifying details, the organisation's name identifies the
 * submitter as much as a person's would, so it is looked for too.
 */
export function knownNamesOf(submitter: Pick<Submitter, 'kind' | 'name' | 'coSigners'>, mode: 'named' | 'anonymous'): string[] {
  const names = coSignerList(submitter.coSigners);
  if (submitter.name.trim() && (submitter.kind === 'individual' || mode === 'anonymous')) names.unshift(submitter.name.trim());
  return names;
}
