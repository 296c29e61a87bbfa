// What the staff editing pages read: every call (drafts too), or one call with its questionnaires.
import type { Db } from '../../db/database.ts';
import type { Call, CallWithQuestionnaires, Questionnaire } from './call.ts';
import { countInputsForQuestionnaire, findCallById, listCalls, loadQuestionnaires } from './calls.repository.ts';

export function listCallsForStaff(db: Db): Promise<Call[]> {
  return listCalls(db);
}

export async function loadCallForEditing(db: Db, callId: string): Promise<CallWithQuestionnaires | undefined> {
  const call = await findCallById(db, callId);
  return call && loadQuestionnaires(db, call);
}

export async function loadQuestionnaireForEditing(
  db: Db, callId: string, questionnaireId: string,
): Promise<{ call: CallWithQuestionnaires; questionnaire: Questionnaire } | undefined> {
  const call = await loadCallForEditing(db, callId);
  const questionnaire = call?.questionnaires.find((q) => q.id === questionnaireId);
  return call && questionnaire ? { call, questionnaire } : undefined;
}

/** Inputs made with a questionnaire (drafts included): shown before staff confirm deleting it. */
export function questionnaireInputCount(db: Db, questionnaireId: string): Promise<number> {
  return countInputsForQuestionnaire(db, questionnaireId);
}
