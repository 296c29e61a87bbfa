// Staff delete a question, unless inputs were already sent with its questionnaire: the answers given to it
// would then be shown to nobody.
import type { Db } from '../../db/database.ts';
import { countInputsForQuestionnaire, deleteQuestion as deleteQuestionRow, listQuestionnaireHeads, listQuestions } from './calls.repository.ts';
import type { QuestionAddress } from './save-question.ts';

export type DeleteQuestionOutcome = { kind: 'deleted' } | { kind: 'has-inputs'; count: number } | { kind: 'not-found' };

export async function deleteQuestion(db: Db, address: Required<QuestionAddress>): Promise<DeleteQuestionOutcome> {
  return db.transaction().execute(async (trx) => {
    if (!(await listQuestionnaireHeads(trx, address.callId)).some((q) => q.id === address.questionnaireId)) return { kind: 'not-found' };
    if (!(await listQuestions(trx, address.questionnaireId)).some((q) => q.id === address.questionId)) return { kind: 'not-found' };
    const count = await countInputsForQuestionnaire(trx, address.questionnaireId, { submittedOnly: true });
    if (count > 0) return { kind: 'has-inputs', count };
    await deleteQuestionRow(trx, address.questionnaireId, address.questionId);
    return { kind: 'deleted' };
  });
}
