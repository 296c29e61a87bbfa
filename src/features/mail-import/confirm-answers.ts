// Staff confirm what the import found in a letter: each passage stays with its question or moves to another (or to
// the general comments), and the guessed sender details are corrected. The input's answers are rebuilt from the
// passages, re-encrypted with the input's own key, and the analysis records the confirmed mapping.
import type { AppDeps } from '../../deps.ts';
import { dayOf } from '../../platform/clock.ts';
import { questionnaireFor, stakeholderTypes, type CallWithQuestionnaires, type StakeholderType } from '../calls/index.ts';
import type { InputCipher, Submission } from '../submissions/index.ts';
import { replaceSubmittedContent } from '../submissions/submissions.repository.ts';
import { answersFromPassages } from './answers-from-passages.ts';
import { mapAnswers } from './letter-analysis/index.ts';
import type { LetterAnalysis } from './letter-analysis-record.ts';
import { findImportedInput, saveImportedMapping, type ImportedInputRow } from './mail-import.repository.ts';

type Deps = Pick<AppDeps, 'db' | 'clock'>;

export interface ImportedLetter {
  imported: ImportedInputRow;
  analysis: LetterAnalysis;
}

export async function openImportedLetter(deps: Pick<AppDeps, 'db'>, cipher: InputCipher): Promise<ImportedLetter | undefined> {
  const imported = await findImportedInput(deps.db, cipher.submissionId);
  if (!imported) return undefined;
  const analysis = JSON.parse(cipher.openNamed('analysis', imported.sealedAnalysis).toString('utf8')) as LetterAnalysis;
  return { imported, analysis };
}

export interface AnswerConfirmation {
  /** Where each passage goes, in the analysis's order: a question id, or null for the general comments. */
  placements: (string | null)[];
  stakeholderType: string;
  name: string;
}

export type ConfirmOutcome = { kind: 'confirmed'; remapped: boolean } | { kind: 'invalid'; field: 'stakeholderType' | 'placements' };

export async function confirmAnswers(
  deps: Deps, call: CallWithQuestionnaires, input: Submission, cipher: InputCipher, letter: ImportedLetter, form: AnswerConfirmation,
): Promise<ConfirmOutcome> {
  if (!(stakeholderTypes as readonly string[]).includes(form.stakeholderType)) return { kind: 'invalid', field: 'stakeholderType' };
  const stakeholderType = form.stakeholderType as StakeholderType;
  const questionnaire = questionnaireFor(call, stakeholderType) ?? call.questionnaires.find((q) => q.id === input.questionnaireId);
  if (!questionnaire) return { kind: 'invalid', field: 'stakeholderType' };
  const { passages } = letter.analysis;
  let placed: LetterAnalysis['passages'];
  const remapped = questionnaire.id !== input.questionnaireId;
  if (remapped) {
    // Another questionnaire asks other questions: find the answers again in the same letter.
    placed = mapAnswers(passages.map((p) => p.text).join('\n\n'), questionnaire).map((p) => ({ questionId: p.questionId, text: p.text, matchedBy: p.matchedBy }));
  } else {
    const known = new Set(questionnaire.questions.map((q) => q.id));
    if (form.placements.length !== passages.length || form.placements.some((id) => id !== null && !known.has(id))) {
      return { kind: 'invalid', field: 'placements' };
    }
    placed = passages.map((passage, i) => ({ ...passage, questionId: form.placements[i] ?? null }));
  }
  const { answers, generalComments } = answersFromPassages(questionnaire, placed);
  const name = form.name.trim() || input.content.submitter.name;
  const content = { ...input.content, submitter: { ...input.content.submitter, name }, answers, generalComments };
  const analysis: LetterAnalysis = { ...letter.analysis, passages: placed };
  await deps.db.transaction().execute(async (trx) => {
    await replaceSubmittedContent(trx, input.id, {
      sealedContent: cipher.sealContent(content), stakeholderType, questionnaireId: questionnaire.id, day: dayOf(deps.clock.now()),
    });
    // A letter mapped anew against another questionnaire needs a look before it counts as confirmed.
    await saveImportedMapping(trx, input.id, cipher.sealNamed('analysis', Buffer.from(JSON.stringify(analysis))), remapped ? 'to-confirm' : 'confirmed');
  });
  return { kind: 'confirmed', remapped };
}
