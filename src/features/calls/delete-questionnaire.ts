// Staff delete a questionnaire and its questions, but never one that inputs were made with: those inputs
// (drafts included) would lose the questions their answers belong to.
import type { Db } from '../../db/database.ts';
import { countInputsForQuestionnaire, deleteQuestionnaire as deleteQuestionnaireRow, listQuestionnaireHeads } from './calls.repository.ts';

export type DeleteQuestionnaireOutcome = { kind: 'deleted' } | { kind: 'has-inputs'; count: number } | { kind: 'not-found' };

export async function deleteQuestionnaire(db: Db, callId: string, questionnaireId: string): Promise<DeleteQuestionnaireOutcome> {
  return db.transaction().execute(async (trx) => {
    if (!(await listQuestionnaireHeads(trx, callId)).some((q) => q.id === questionnaireId)) return { kind: 'not-found' };
    const count = await countInputsForQuestionnaire(trx, questionnaireId);
    if (count > 0) return { kind: 'has-inputs', count };
    await deleteQuestionnaireRow(trx, callId, questionnaireId);
    return { kind: 'deleted' };
  });
}
