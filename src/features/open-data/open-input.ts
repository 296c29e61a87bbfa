// A published input as open data: the published copy, reshaped for machines. Language-neutral (codes, not words;
// every translation of a question or choice side by side) and never carrying the private marker characters of
// redaction: each hidden passage becomes "[redacted: <reason>]", which any reader and any tool can see.
import { partRef, type Part, type Question, type Questionnaire, type Translated } from '../calls/index.ts';
import type { Publication } from '../publications/index.ts';
import { localiseRedactions } from '../review/redaction/index.ts';
import type { PartAnswer } from '../submissions/index.ts';
import { regionalGroupOf, type RegionalGroup } from '../../platform/geo/un-regional-groups.ts';

export interface OpenChoice {
  key: string;
  label: Translated;
}

export interface OpenPartAnswer {
  key: string;
  kind: Part['kind'];
  label: Translated;
  text: string | null;
  details: string | null;
  other: string | null;
  choices: OpenChoice[];
  countries: string[];
  yes_no: 'yes' | 'no' | null;
}

export interface OpenAnswer {
  question: string;
  question_text: Translated;
  parts: OpenPartAnswer[];
}

export interface OpenAttachment {
  filename: string;
  media_type: string;
  size_bytes: number;
  /** The question number the file answers, or null for a file attached to the whole input. */
  question: string | null;
  url: string;
}

export interface OpenInput {
  reference: string;
  url: string;
  stakeholder_type: string;
  /** Null when the author chose publication without identifying details. */
  display_name: string | null;
  countries: string[];
  regional_groups: RegionalGroup[];
  language: string;
  published_on: string;
  /** 1-based position of the questionnaire the input answered, among the call's questionnaires. */
  questionnaire: number | null;
  co_signers: string[];
  answers: OpenAnswer[];
  attachments: OpenAttachment[];
}

/** Published text with each redaction mark written out, language-neutral, so it reads the same in any tool. */
export function withPlaceholders(text: string): string {
  return localiseRedactions(text, (reason) => `[redacted: ${reason}]`);
}

const textOrNull = (text: string | undefined) => (text?.trim() ? withPlaceholders(text) : null);

function openPart(part: Part, answer: PartAnswer | undefined): OpenPartAnswer {
  return {
    key: part.key, kind: part.kind, label: part.label,
    text: textOrNull(answer?.text), details: textOrNull(answer?.details), other: textOrNull(answer?.other),
    choices: (answer?.choices ?? []).flatMap((key) => part.choices.filter((c) => c.key === key)).map((c) => ({ key: c.key, label: c.label })),
    countries: answer?.countries ?? [],
    yes_no: answer?.yesNo || null,
  };
}

/** Every group the input's countries belong to, once each, in the order of the countries. */
export function regionalGroupsOf(countries: readonly string[]): RegionalGroup[] {
  return [...new Set(countries.map(regionalGroupOf).filter((g) => g !== null))];
}

export interface OpenInputContext {
  /** The call's questionnaires, in order. */
  questionnaires: readonly Questionnaire[];
  /** The public page of the input (absolute), attachment addresses are under it. */
  inputUrl: (reference: string) => string;
}

export function toOpenInput(publication: Publication, context: OpenInputContext): OpenInput {
  const index = context.questionnaires.findIndex((q) => q.id === publication.content.questionnaireId);
  const questions: readonly Question[] = context.questionnaires[index]?.questions ?? [];
  const { answers, coSigners, attachments } = publication.content;
  const url = context.inputUrl(publication.reference);
  const questionOf = (ref: string | null) => questions.find((q) => q.parts.some((p) => partRef(q, p) === ref))?.number ?? null;
  return {
    reference: publication.reference,
    url,
    stakeholder_type: publication.stakeholderType,
    display_name: publication.displayName === null ? null : withPlaceholders(publication.displayName),
    countries: publication.countries,
    regional_groups: regionalGroupsOf(publication.countries),
    language: publication.language,
    published_on: publication.publishedOn,
    questionnaire: index === -1 ? null : index + 1,
    co_signers: coSigners.map(withPlaceholders),
    answers: questions.map((q) => ({ question: q.number, question_text: q.text, parts: q.parts.map((p) => openPart(p, answers[partRef(q, p)])) })),
    attachments: attachments.map((file) => ({
      filename: file.filename, media_type: file.mediaType, size_bytes: file.sizeBytes, question: questionOf(file.partRef),
      url: `${url}/attachments/${encodeURIComponent(file.id)}`,
    })),
  };
}
