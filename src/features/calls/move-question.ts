// Staff move a question one place up or down; positions are rewritten 0..n so gaps or ties never accumulate.
import type { Db } from '../../db/database.ts';
import { listQuestionnaireHeads, listQuestions, setQuestionPosition } from './calls.repository.ts';
import type { QuestionAddress } from './save-question.ts';

export type MoveDirection = 'up' | 'down';

export async function moveQuestion(db: Db, address: Required<QuestionAddress>, direction: MoveDirection): Promise<'moved' | 'not-found'> {
  return db.transaction().execute(async (trx) => {
    if (!(await listQuestionnaireHeads(trx, address.callId)).some((q) => q.id === address.questionnaireId)) return 'not-found';
    const questions = await listQuestions(trx, address.questionnaireId);
    const from = questions.findIndex((q) => q.id === address.questionId);
    if (from < 0) return 'not-found';
    const to = direction === 'up' ? from - 1 : from + 1;
    if (to >= 0 && to < questions.length) [questions[from], questions[to]] = [questions[to]!, questions[from]!];
    for (const [position, question] of questions.entries()) {
      if (question.position !== position) await setQuestionPosition(trx, question.id, position);
    }
    return 'moved';
  });
}
