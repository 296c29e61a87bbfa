// Every answer to one question, across the inputs to its questionnaire that the reader can open, filtered and a
// page at a time. Metadata filters run on the clear columns before anything is opened; the code filter needs each
// remaining input's codings, so it opens those (and only those). Inputs the reader holds no key for are named by
// reference, never opened. Choice codings are brought in line for every input opened here, so choose-many answers
// code themselves as soon as someone looks at them.
import { regionalGroupOf } from '../../platform/geo/un-regional-groups.ts';
import type { Question } from '../calls/index.ts';
import { inputCipherFor, type Reader } from '../review/open-input.ts';
import { findKeyBoxes, findSubmittedStoredInput, openStoredInput, type InputCipher, type Submission } from '../submissions/index.ts';
import type { AnalysisDeps, OpenedInput } from './analysis-deps.ts';
import { filterOptions, metadataMatches, type AnswerFilters } from './answer-filters.ts';
import { listInputMetadata, type InputMetadata } from './answers.repository.ts';
import { choiceContext, codeChoices, type CodeForChoice } from './code-choices.ts';
import type { Coding, SuggestionRejection } from './coding.ts';
import { listCodings } from './list-codings.ts';
import { listRejections } from './list-rejections.ts';
import { listQuotes, type AttributedQuote } from './list-quotes.ts';

export const answersPerPage = 25;

export interface AnswerOnPage {
  input: Submission;
  /** This question's codings, quotes and rejected suggestions only. */
  codings: Coding[];
  quotes: AttributedQuote[];
  rejections: SuggestionRejection[];
}

export interface QuestionAnswers {
  /** Inputs to the question's questionnaire, before filters. */
  inputs: number;
  options: ReturnType<typeof filterOptions>;
  /** Inputs passing the filters that this reader cannot open (the code filter cannot apply to them). */
  unreadable: InputMetadata[];
  matching: number;
  page: number;
  pages: number;
  answers: AnswerOnPage[];
}

interface Request {
  callId: string;
  reader: Reader;
  question: Question;
  filters: AnswerFilters;
  page: number;
  codeForChoice: CodeForChoice;
}

export async function listQuestionAnswers(deps: AnalysisDeps, request: Request): Promise<QuestionAnswers> {
  const { db } = deps;
  const { reader, question, filters } = request;
  const all = await listInputMetadata(db, request.callId, question.questionnaireId);
  const candidates = all.filter((input) => metadataMatches(input, filters));
  const boxes = reader.privateKey ? await findKeyBoxes(db, reader.id, candidates.map((c) => c.id)) : new Map<string, Buffer>();
  const unreadable = candidates.filter((c) => !boxes.has(c.id));
  const opened = new Map<string, OpenedInput>();
  const choices = await choiceContext(deps, request.callId, question.questionnaireId);

  const ofQuestion = (ref: string) => ref.startsWith(`${question.id}:`);
  /** The input opened, its choice codings brought in line, and this question's codings; undefined if it cannot open. */
  async function open(meta: InputMetadata): Promise<{ opened: OpenedInput; codings: Coding[] } | undefined> {
    const cipher: InputCipher | string = await inputCipherFor(db, reader, meta.id);
    const stored = typeof cipher === 'string' ? undefined : await findSubmittedStoredInput(db, meta.id);
    if (typeof cipher === 'string' || !stored) {
      unreadable.push(meta);
      return undefined;
    }
    const input = { input: openStoredInput(stored, cipher), cipher };
    opened.set(meta.id, input);
    await codeChoices(deps, input, request.codeForChoice, choices === 'not-found' ? undefined : choices);
    const codings = (await listCodings(deps, cipher)).filter((c) => ofQuestion(c.anchor.partRef));
    return { opened: input, codings };
  }

  let matching = candidates.filter((c) => boxes.has(c.id));
  const codingsOf = new Map<string, Coding[]>();
  if (filters.code) {
    const kept: InputMetadata[] = [];
    for (const meta of matching) {
      const found = await open(meta);
      if (!found) continue;
      codingsOf.set(meta.id, found.codings);
      if (found.codings.some((c) => c.codeId === filters.code)) kept.push(meta);
    }
    matching = kept;
  }

  const pages = Math.max(1, Math.ceil(matching.length / answersPerPage));
  const page = Math.min(request.page, pages);
  const answers: AnswerOnPage[] = [];
  for (const meta of matching.slice((page - 1) * answersPerPage, page * answersPerPage)) {
    const found = opened.has(meta.id) ? { opened: opened.get(meta.id)!, codings: codingsOf.get(meta.id)! } : await open(meta);
    if (!found) continue;
    const quotes = (await listQuotes(deps, found.opened, regionalGroupOf)).filter((q) => ofQuestion(q.passage.partRef));
    answers.push({ input: found.opened.input, codings: found.codings, quotes, rejections: [] });
  }
  const rejections = await listRejections(deps, answers.map((answer) => opened.get(answer.input.id)!.cipher));
  for (const answer of answers) answer.rejections = (rejections.get(answer.input.id) ?? []).filter((r) => ofQuestion(r.passage.partRef));
  unreadable.sort((a, b) => a.reference.localeCompare(b.reference));
  return { inputs: all.length, options: filterOptions(all), unreadable, matching: matching.length, page, pages, answers };
}
