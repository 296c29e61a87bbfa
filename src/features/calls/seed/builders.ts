// Small builders that keep the seeded calls readable as content: a question reads as its three languages.
import type { Call, Part, StakeholderType, Translated } from '../call.ts';

export interface SeedQuestion {
  number: string;
  text: Translated;
  parts: Part[];
}

export interface SeedQuestionnaire {
  stakeholderTypes: StakeholderType[];
  title: Translated;
  intro: Translated;
  questions: SeedQuestion[];
}

export interface SeedCall {
  call: Omit<Call, 'id'>;
  questionnaires: SeedQuestionnaire[];
}

export function tr(en: string, fr: string, es: string): Translated {
  return { en, fr, es };
}

interface PartOptions {
  required?: boolean;
  allowOther?: boolean;
  details?: Translated;
}

function part(kind: Part['kind'], key: string, label: Translated, options: PartOptions, choices: Part['choices'] = []): Part {
  return { key, kind, label, required: options.required ?? false, choices, allowOther: options.allowOther ?? false, details: options.details ?? null };
}

export const longText = (key: string, label: Translated, options: PartOptions = {}): Part => part('long-text', key, label, options);
export const yesNo = (key: string, label: Translated, options: PartOptions = {}): Part => part('yes-no', key, label, options);
export const countryList = (key: string, label: Translated, options: PartOptions = {}): Part => part('country-list', key, label, options);
export const file = (key: string, label: Translated, options: PartOptions = {}): Part => part('file', key, label, options);

/** Choices as [key, en, fr, es] rows. */
export function chooseMany(key: string, label: Translated, rows: [string, string, string, string][], options: PartOptions = {}): Part {
  return part('choose-many', key, label, options, rows.map(([choiceKey, en, fr, es]) => ({ key: choiceKey, label: tr(en, fr, es) })));
}

export const answerLabel = tr('Your answer', 'Votre réponse', 'Su respuesta');

/** A question answered in one text box, the most common shape. */
export function textQuestion(number: string, text: Translated, options: PartOptions = {}): SeedQuestion {
  return { number, text, parts: [longText('answer', answerLabel, options)] };
}
