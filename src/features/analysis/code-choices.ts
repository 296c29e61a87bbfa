// Choices the submitter ticked code themselves (question 5's reprisal kinds, question 7's grounds): the codebook
// definition says which code a choice stands for. Run it again at any time: it brings the input's choice codings
// in line with its answers (adds what is missing, removes what no longer applies) and touches nothing else.
import { dayOf } from '../../platform/clock.ts';
import { newId } from '../../platform/tokens.ts';
import { findCallById, loadQuestionnaires, partRef, type Question } from '../calls/index.ts';
import type { AnalysisDeps, OpenedInput } from './analysis-deps.ts';
import type { Coding } from './coding.ts';
import { changeCodings } from './change-codings.ts';
import { listCodes } from './codebook.repository.ts';
import { listCodings } from './list-codings.ts';

/** The code key a choice stands for (as the codebook definition's codeForChoice answers), if any. */
export type CodeForChoice = (questionNumber: string, partKey: string, choiceKey: string) => string | { key: string } | null | undefined;

export interface ChoiceCodingOutcome {
  added: number;
  removed: number;
}

/** What choice coding needs of a questionnaire and its call's codebook: loaded once for a page of inputs. */
export interface ChoiceContext {
  questionnaireId: string;
  questions: readonly Question[];
  /** Active codes' ids by key. */
  codeIds: ReadonlyMap<string, string>;
}

export async function choiceContext(deps: Pick<AnalysisDeps, 'db'>, callId: string, questionnaireId: string): Promise<ChoiceContext | 'not-found'> {
  const call = await findCallById(deps.db, callId);
  if (!call) return 'not-found';
  const questions = (await loadQuestionnaires(deps.db, call)).questionnaires.find((q) => q.id === questionnaireId)?.questions ?? [];
  const codeIds = new Map((await listCodes(deps.db, callId)).filter((code) => !code.archived).map((code) => [code.key, code.id]));
  return { questionnaireId, questions, codeIds };
}

export async function codeChoices(
  deps: AnalysisDeps, opened: OpenedInput, codeForChoice: CodeForChoice, preloaded?: ChoiceContext,
): Promise<ChoiceCodingOutcome | 'not-found'> {
  const { input } = opened;
  const context = preloaded?.questionnaireId === input.questionnaireId ? preloaded : await choiceContext(deps, input.callId, input.questionnaireId);
  if (context === 'not-found') return 'not-found';
  const { questions, codeIds } = context;

  // Every (part, choice, code) the answers call for.
  const wanted: { partRef: string; choiceKey: string; codeId: string }[] = [];
  for (const question of questions) {
    for (const part of question.parts) {
      const ref = partRef(question, part);
      for (const choiceKey of input.content.answers[ref]?.choices ?? []) {
        const mapped = codeForChoice(question.number, part.key, choiceKey);
        const codeId = codeIds.get(typeof mapped === 'string' ? mapped : mapped?.key ?? '');
        if (codeId) wanted.push({ partRef: ref, choiceKey, codeId });
      }
    }
  }

  const sameChoice = (coding: Coding, w: (typeof wanted)[number]): boolean =>
    coding.codeId === w.codeId && coding.anchor.kind === 'choice' && coding.anchor.partRef === w.partRef && coding.anchor.choiceKey === w.choiceKey;
  const decide = (current: readonly Coding[]) => {
    const fromChoices = current.filter((coding) => coding.source === 'choice');
    const remove = fromChoices.filter((coding) => !wanted.some((w) => sameChoice(coding, w))).map((coding) => coding.id);
    const add: Coding[] = wanted.filter((w) => !fromChoices.some((coding) => sameChoice(coding, w))).map((w) => ({
      id: newId(), codeId: w.codeId, anchor: { kind: 'choice', partRef: w.partRef, choiceKey: w.choiceKey },
      codedBy: null, source: 'choice', codedOn: dayOf(deps.clock.now()),
    }));
    return { add, remove, result: { added: add.length, removed: remove.length } };
  };
  // Usually nothing changes (the page was seen before): a read, without the locking transaction, says so.
  const before = decide(await listCodings(deps, opened.cipher));
  if (!before.add.length && !before.remove.length) return before.result;
  return changeCodings(deps.db, opened.cipher, decide);
}
