// A call for inputs, its questionnaires and questions: the types the rest of the platform speaks, and the
// schemas that keep stored question structures valid.
import { z } from 'zod';

export const stakeholderTypes = ['civil-society', 'state', 'intergovernmental', 'nhri', 'academia', 'individual'] as const;
export type StakeholderType = (typeof stakeholderTypes)[number];

export const callStatuses = ['draft', 'open', 'closed', 'archived'] as const;
export type CallStatus = (typeof callStatuses)[number];

/** Whether an input after the deadline is refused (the draft is kept) or accepted and flagged late. */
export const latePolicies = ['refuse', 'accept'] as const;
export type LatePolicy = (typeof latePolicies)[number];

/** Languages a call may accept answers in (the six UN languages). */
export const answerLanguages = ['en', 'fr', 'es', 'ar', 'zh', 'ru'] as const;
export type AnswerLanguage = (typeof answerLanguages)[number];

export const translatedSchema = z.record(z.string(), z.string());
export type Translated = z.infer<typeof translatedSchema>;

export const partKinds = ['long-text', 'choose-one', 'choose-many', 'country-list', 'yes-no', 'file'] as const;
export type PartKind = (typeof partKinds)[number];

const choiceSchema = z.object({ key: z.string().regex(/^[a-z0-9-]+$/), label: translatedSchema });

/**
 * One answerable part of a question. Question 5 of the HRC56 call has two (laws; reprisals with their kinds),
 * most have one. `details` adds a free-text box after the choices ("Please describe").
 */
export const partSchema = z.object({
  key: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(partKinds),
  label: translatedSchema,
  required: z.boolean(),
  choices: z.array(choiceSchema).default([]),
  allowOther: z.boolean().default(false),
  details: translatedSchema.nullable().default(null),
});
export type Part = z.infer<typeof partSchema>;
export const partsSchema = z.array(partSchema).min(1);

export interface Call {
  id: string;
  slug: string;
  referenceCode: string;
  mandate: Translated;
  title: Translated;
  summary: Translated;
  body: Translated;
  report: Translated;
  publicationPolicy: Translated;
  opensOn: string;
  /** An instant (ISO 8601, UTC); shown to readers in `timeZone`. */
  deadlineAt: string;
  timeZone: string;
  languages: AnswerLanguage[];
  contactEmail: string;
  emailSubject: string;
  latePolicy: LatePolicy;
  status: CallStatus;
}

export interface Question {
  id: string;
  questionnaireId: string;
  position: number;
  number: string;
  text: Translated;
  parts: Part[];
}

export interface Questionnaire {
  id: string;
  callId: string;
  position: number;
  stakeholderTypes: StakeholderType[];
  title: Translated;
  intro: Translated;
  questions: Question[];
}

export interface CallWithQuestionnaires extends Call {
  questionnaires: Questionnaire[];
}

/** A part's stable address inside a call, used for answers and attachments. */
export function partRef(question: Pick<Question, 'id'>, part: Pick<Part, 'key'>): string {
  return `${question.id}:${part.key}`;
}

export function questionnaireFor(call: CallWithQuestionnaires, type: StakeholderType): Questionnaire | undefined {
  return call.questionnaires.find((q) => q.stakeholderTypes.includes(type));
}

export function isPastDeadline(call: Pick<Call, 'deadlineAt'>, now: Date): boolean {
  return now.getTime() > Date.parse(call.deadlineAt);
}

/** Open for answers: published as open, and either before the deadline or accepting late inputs. */
export function acceptsAnswers(call: Pick<Call, 'status' | 'deadlineAt' | 'latePolicy'>, now: Date): boolean {
  return call.status === 'open' && (!isPastDeadline(call, now) || call.latePolicy === 'accept');
}

export function formatReference(referenceCode: string, year: number, sequence: number): string {
  return `${referenceCode}-${year}-${String(sequence).padStart(4, '0')}`;
}
