// The question form: a number, the text per language, and its parts, each a fieldset of plain inputs so the
// whole structure is edited without JavaScript. Choices are typed one per line and per language, lines aligned.
import { limits } from '../../config.ts';
import { partKinds, partsSchema, type Part, type PartKind, type Question, type Translated } from './call.ts';
import {
  editLanguages, filledTranslations, formFlag, formText, formTranslated, slugify, translatedForForm, type FieldErrors,
} from './form-values.ts';

export interface PartForm {
  /** The part's key when the page was loaded ('' for a new part): how a renamed part keeps its choice keys. */
  was: string;
  kind: string;
  key: string;
  label: Translated;
  required: boolean;
  allowOther: boolean;
  details: Translated;
  /** Per language, one choice per line. */
  choices: Translated;
  remove: boolean;
}

export interface QuestionForm {
  number: string;
  text: Translated;
  parts: PartForm[];
}

export type QuestionFields = Pick<Question, 'number' | 'text' | 'parts'>;

const maxParts = 20;
const questionTextMax = 4000;
const choiceKinds: readonly PartKind[] = ['choose-one', 'choose-many'];

export function emptyPartForm(): PartForm {
  const blank = translatedForForm({});
  return { was: '', kind: 'long-text', key: '', label: blank, required: false, allowOther: false, details: { ...blank }, choices: { ...blank }, remove: false };
}

export function isBlankPart(part: PartForm): boolean {
  const texts = [part.label, part.details, part.choices].flatMap((t) => Object.values(t));
  return !part.was && !part.key && texts.every((t) => !t.trim());
}

export function emptyQuestionForm(number = ''): QuestionForm {
  return { number, text: translatedForForm({}), parts: [] };
}

export function questionToForm(question: Question): QuestionForm {
  return {
    number: question.number,
    text: translatedForForm(question.text),
    parts: question.parts.map((part) => ({
      was: part.key, kind: part.kind, key: part.key, label: translatedForForm(part.label), required: part.required,
      allowOther: part.allowOther, details: translatedForForm(part.details ?? {}), remove: false,
      choices: Object.fromEntries(editLanguages.map((lang) => [
        lang, part.choices.some((c) => c.label[lang]) ? part.choices.map((c) => c.label[lang] ?? '').join('\n') : '',
      ])),
    })),
  };
}

export function readQuestionForm(body: unknown): QuestionForm {
  const count = Math.min(maxParts + 1, Math.max(0, Number.parseInt(formText(body, 'partCount'), 10) || 0));
  const parts: PartForm[] = [];
  for (let i = 0; i < count; i++) {
    const name = (field: string) => `part-${i}-${field}`;
    parts.push({
      was: formText(body, name('was')), kind: formText(body, name('kind')), key: formText(body, name('key')).trim(),
      label: formTranslated(body, name('label')), required: formFlag(body, name('required')), allowOther: formFlag(body, name('allowOther')),
      details: formTranslated(body, name('details')), choices: formTranslated(body, name('choices')), remove: formFlag(body, name('remove')),
    });
  }
  return { number: formText(body, 'number').trim(), text: formTranslated(body, 'text'), parts };
}

function lines(text: string | undefined): string[] {
  return (text ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}

/**
 * Choice keys come from the English line, and stay put for existing choices: a line whose English text is
 * unchanged keeps its key, and so does a line edited in place (answers already given keep their meaning).
 */
export function choiceKeys(englishLines: readonly string[], previous: Part['choices']): string[] {
  const keys: string[] = [];
  const unused = (choice: Part['choices'][number]) => !keys.includes(choice.key);
  englishLines.forEach((line, j) => {
    const same = previous.find((c) => c.label.en === line && unused(c));
    const atSamePlace = previous[j];
    const inPlace = atSamePlace && unused(atSamePlace) && !englishLines.includes(atSamePlace.label.en ?? '') ? atSamePlace : undefined;
    let key = same?.key ?? inPlace?.key;
    if (!key) {
      // A new choice never takes a key an earlier choice had: old answers must not change meaning.
      const base = slugify(line) || 'choice';
      const taken = (k: string) => keys.includes(k) || previous.some((c) => c.key === k);
      key = base;
      for (let n = 2; taken(key); n++) key = `${base}-${n}`;
    }
    keys.push(key);
  });
  return keys;
}

function tooLong(errors: FieldErrors, name: string, value: string | undefined, max: number): void {
  if ((value ?? '').length > max) errors[name] = { key: 'calls-staff.error-too-long', values: { max } };
}

export function validateQuestionForm(form: QuestionForm, previous?: Question): { ok: true; fields: QuestionFields } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (!form.number || form.number.length > 10) errors.number = { key: 'calls-staff.error-number' };
  if (!form.text.en) errors['text-en'] = { key: 'calls-staff.error-text-en' };
  for (const lang of editLanguages) tooLong(errors, `text-${lang}`, form.text[lang], questionTextMax);

  const parts: Part[] = [];
  const usedKeys = new Set<string>();
  form.parts.forEach((p, i) => {
    if (p.remove || isBlankPart(p)) return;
    const name = (field: string) => `part-${i}-${field}`;
    const kind = (partKinds as readonly string[]).includes(p.kind) ? (p.kind as PartKind) : undefined;
    if (!kind) errors[name('kind')] = { key: 'calls-staff.error-choose' };
    if (!p.label.en) errors[name('label-en')] = { key: 'calls-staff.error-label-en' };
    const key = p.key || slugify(p.label.en ?? '') || `part-${i + 1}`;
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(key) || key.length > 40) errors[name('key')] = { key: 'calls-staff.error-part-key' };
    else if (usedKeys.has(key)) errors[name('key')] = { key: 'calls-staff.error-part-key-taken' };
    usedKeys.add(key);
    for (const lang of editLanguages) {
      tooLong(errors, name(`label-${lang}`), p.label[lang], limits.shortTextMaxChars);
      tooLong(errors, name(`details-${lang}`), p.details[lang], limits.shortTextMaxChars);
    }
    if (!p.details.en && Object.values(p.details).some(Boolean)) errors[name('details-en')] = { key: 'calls-staff.error-english-first' };

    const english = lines(p.choices.en);
    const isChoice = kind !== undefined && choiceKinds.includes(kind);
    if (isChoice && !english.length) errors[name('choices-en')] = { key: 'calls-staff.error-choices-needed' };
    if (!isChoice && Object.values(p.choices).some((t) => lines(t).length)) errors[name('choices-en')] = { key: 'calls-staff.error-choices-not-for-kind' };
    for (const lang of editLanguages) {
      const count = lines(p.choices[lang]).length;
      if (lang !== 'en' && count && count !== english.length) {
        errors[name(`choices-${lang}`)] = { key: 'calls-staff.error-choices-lines', values: { count, expected: english.length } };
      }
      if (lines(p.choices[lang]).some((line) => line.length > limits.shortTextMaxChars)) {
        errors[name(`choices-${lang}`)] = { key: 'calls-staff.error-too-long', values: { max: limits.shortTextMaxChars } };
      }
    }
    if (!kind || !isChoice) {
      parts.push(buildPart(kind ?? 'long-text', key, p, []));
      return;
    }
    const previousChoices = previous?.parts.find((old) => old.key === p.was)?.choices ?? [];
    const keys = choiceKeys(english, previousChoices);
    const perLanguage = Object.fromEntries(editLanguages.map((lang) => [lang, lines(p.choices[lang])]));
    parts.push(buildPart(kind, key, p, english.map((_, j) => ({
      key: keys[j]!,
      label: filledTranslations(Object.fromEntries(editLanguages.map((lang) => [lang, perLanguage[lang]![j] ?? '']))),
    }))));
  });
  if (!parts.length && !Object.keys(errors).some((k) => k.startsWith('part-'))) errors.parts = { key: 'calls-staff.error-parts-none' };
  if (Object.keys(errors).length) return { ok: false, errors };
  // The stored structure must always satisfy the schema the answer form and the readers rely on.
  const checked = partsSchema.safeParse(parts);
  if (!checked.success) return { ok: false, errors: { parts: { key: 'calls-staff.error-parts-invalid' } } };
  return { ok: true, fields: { number: form.number, text: filledTranslations(form.text), parts: checked.data } };
}

function buildPart(kind: PartKind, key: string, p: PartForm, choices: Part['choices']): Part {
  const details = filledTranslations(p.details);
  return {
    key, kind, label: filledTranslations(p.label), required: p.required, choices,
    allowOther: choiceKinds.includes(kind) && p.allowOther, details: Object.keys(details).length ? details : null,
  };
}

export const maxQuestionParts = maxParts;
