// Staff add a question at the end of a questionnaire, or change one, parts and choices included.
import type { Db } from '../../db/database.ts';
import { newId } from '../../platform/tokens.ts';
import { insertQuestion, listQuestionnaireHeads, listQuestions, updateQuestion } from './calls.repository.ts';
import type { FieldErrors } from './form-values.ts';
import { validateQuestionForm, type QuestionForm } from './question-form.ts';

export type SaveQuestionOutcome = { kind: 'saved'; id: string } | { kind: 'invalid'; errors: FieldErrors } | { kind: 'not-found' };

export interface QuestionAddress {
  callId: string;
  questionnaireId: string;
  /** Absent when adding. */
  questionId?: string;
}

export async function saveQuestion(db: Db, address: QuestionAddress, form: QuestionForm): Promise<SaveQuestionOutcome> {
  return db.transaction().execute(async (trx) => {
    const questionnaires = await listQuestionnaireHeads(trx, address.callId);
    if (!questionnaires.some((q) => q.id === address.questionnaireId)) return { kind: 'not-found' };
    const questions = await listQuestions(trx, address.questionnaireId);
    const previous = address.questionId ? questions.find((q) => q.id === address.questionId) : undefined;
    if (address.questionId && !previous) return { kind: 'not-found' };
    const checked = validateQuestionForm(form, previous);
    if (!checked.ok) return { kind: 'invalid', errors: checked.errors };
    if (previous) {
      await updateQuestion(trx, { id: previous.id, questionnaireId: address.questionnaireId, ...checked.fields });
      return { kind: 'saved', id: previous.id };
    }
    const id = newId();
    const position = Math.max(-1, ...questions.map((q) => q.position)) + 1;
    await insertQuestion(trx, { id, questionnaireId: address.questionnaireId, position, ...checked.fields });
    return { kind: 'saved', id };
  });
}
