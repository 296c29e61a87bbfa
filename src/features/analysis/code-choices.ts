// Choices the submitter ticked code themselves (question 5's reprisal kinds, question 7's grounds): the codebook
// definition says which code a choice stands for. Run it again at any time: it brings the input's choice codings
// in line with its answers (adds what is missing, removes what no longer applies) and touches nothing else.
import { dayOf } from '../../platform/clock.ts';
import { newId } from '../../platform/tokens.ts';
import { findCallById, loadQuestionnaires, partRef } from '../calls/index.ts';
import type { AnalysisDeps, OpenedInput } from './analysis-deps.ts';
import type { Coding } from './coding.ts';
import { changeCodings } from './change-codings.ts';
import { listCodes } from './codebook.repository.ts';

/** The code key a choice stands for (as the codebook definition's codeForChoice answers), if any. */
export type CodeForChoice = (questionNumber: string, partKey: string, choiceKey: string) => string | { key: string } | null | undefined;

export interface ChoiceCodingOutcome {
  added: number;
  removed: number;
}

export async function codeChoices(deps: AnalysisDeps, opened: OpenedInput, codeForChoice: CodeForChoice): Promise<ChoiceCodingOutcome | 'not-found'> {
  const { input } = opened;
  const call = await findCallById(deps.db, input.callId);
  if (!call) return 'not-found';
  const questions = (await loadQuestionnaires(deps.db, call)).questionnaires.find((q) => q.id === input.questionnaireId)?.questions ?? [];
  const codeIds = new Map((await listCodes(deps.db, input.callId)).filter((code) => !code.archived).map((code) => [code.key, code.id]));

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
  return changeCodings(deps.db, opened.cipher, (current) => {
    const fromChoices = current.filter((coding) => coding.source === 'choice');
    const remove = fromChoices.filter((coding) => !wanted.some((w) => sameChoice(coding, w))).map((coding) => coding.id);
    const add: Coding[] = wanted.filter((w) => !fromChoices.some((coding) => sameChoice(coding, w))).map((w) => ({
      id: newId(), codeId: w.codeId, anchor: { kind: 'choice', partRef: w.partRef, choiceKey: w.choiceKey },
      codedBy: null, source: 'choice', codedOn: dayOf(deps.clock.now()),
    }));
    return { add, remove, result: { added: add.length, removed: remove.length } };
  });
}
