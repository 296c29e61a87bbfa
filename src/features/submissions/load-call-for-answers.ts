// The call a submitter answers, with its questionnaires; calls still being prepared (draft) do not exist for them.
import type { Db } from '../../db/database.ts';
import { findCallBySlug, loadQuestionnaires, stakeholderTypes, type CallWithQuestionnaires, type StakeholderType } from '../calls/index.ts';

export async function loadCallForAnswers(db: Db, slug: string): Promise<CallWithQuestionnaires | undefined> {
  const call = await findCallBySlug(db, slug);
  if (!call || call.status === 'draft') return undefined;
  return loadQuestionnaires(db, call);
}

/** The stakeholder types some questionnaire of the call covers, in the platform's usual order. */
export function coveredStakeholderTypes(call: CallWithQuestionnaires): StakeholderType[] {
  return stakeholderTypes.filter((type) => call.questionnaires.some((q) => q.stakeholderTypes.includes(type)));
}

export function isStakeholderType(value: string): value is StakeholderType {
  return (stakeholderTypes as readonly string[]).includes(value);
}
