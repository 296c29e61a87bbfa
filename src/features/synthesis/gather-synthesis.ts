// Everything the synthesis report says about a call, gathered in the session of a member who holds keys: the
// aggregate figures (as the dashboard has them), and per question how many readable inputs answered it, which codes
// their answers carry and the quotes marked on them, with the attribution each input's consent allows. Inputs the
// member cannot open are counted, never guessed at.
import type { KeyObject } from 'node:crypto';
import type { AppDeps } from '../../deps.ts';
import { regionalGroupOf } from '../../platform/geo/un-regional-groups.ts';
import { listCodings, listQuotes, type AttributedQuote } from '../analysis/index.ts';
import type { CallWithQuestionnaires, Question } from '../calls/index.ts';
import { callDashboard, type CallDashboard } from '../dashboard/call-dashboard.ts';
import { listPublications, type PublicationSummary } from '../publications/index.ts';
import { openInputFor } from '../review/open-input.ts';
import { listSubmittedInputIds } from '../submissions/index.ts';

export interface QuestionSynthesis {
  question: Question;
  answered: number;
  codes: { codeId: string; inputs: number }[];
  quotes: AttributedQuote[];
}

export interface Synthesis {
  dashboard: CallDashboard;
  readable: number;
  unreadable: number;
  questions: QuestionSynthesis[];
  published: PublicationSummary[];
}

const hasText = (answer: { text?: string; details?: string; other?: string; choices?: string[]; yesNo?: string; countries?: string[] } | undefined) =>
  Boolean(answer && (answer.text?.trim() || answer.details?.trim() || answer.other?.trim() || answer.choices?.length || answer.yesNo || answer.countries?.length));

export async function gatherSynthesis(
  deps: Pick<AppDeps, 'db'>, reader: { id: string; privateKey: KeyObject | null }, call: CallWithQuestionnaires,
): Promise<Synthesis> {
  const { db } = deps;
  const [dashboard, ids, published] = await Promise.all([callDashboard(db, call.id, null), listSubmittedInputIds(db, call.id), listPublications(db, call.id)]);
  const perQuestion = new Map<string, { answered: number; codes: Map<string, Set<string>>; quotes: AttributedQuote[] }>();
  const questions = call.questionnaires.flatMap((q) => q.questions);
  for (const question of questions) perQuestion.set(question.id, { answered: 0, codes: new Map(), quotes: [] });
  const questionOf = (partRef: string) => perQuestion.get(partRef.split(':')[0] ?? '');
  let readable = 0;
  for (const id of ids) {
    const access = await openInputFor(db, reader, id);
    if (access.kind !== 'opened') continue;
    readable += 1;
    const opened = { input: access.input, cipher: access.cipher };
    for (const question of questions) {
      const parts = question.parts.map((part) => access.input.content.answers[`${question.id}:${part.key}`]);
      if (parts.some(hasText)) perQuestion.get(question.id)!.answered += 1;
    }
    for (const coding of await listCodings(deps, access.cipher)) {
      const entry = questionOf(coding.anchor.partRef);
      if (!entry) continue;
      const inputs = entry.codes.get(coding.codeId) ?? new Set<string>();
      inputs.add(id);
      entry.codes.set(coding.codeId, inputs);
    }
    for (const quote of await listQuotes(deps, opened, regionalGroupOf)) questionOf(quote.passage.partRef)?.quotes.push(quote);
  }
  return {
    dashboard, readable, unreadable: ids.length - readable, published,
    questions: questions.map((question) => {
      const entry = perQuestion.get(question.id)!;
      const codes = [...entry.codes].map(([codeId, inputs]) => ({ codeId, inputs: inputs.size })).sort((a, b) => b.inputs - a.inputs || a.codeId.localeCompare(b.codeId));
      return { question, answered: entry.answered, codes, quotes: entry.quotes };
    }),
  };
}
