// The calls an import's messages may go to: the one staff chose, or every call (matched message by message).
import type { AppDeps } from '../../deps.ts';
import { findCallById, listCalls, loadQuestionnaires, type CallWithQuestionnaires } from '../calls/index.ts';

export async function candidateCalls(deps: Pick<AppDeps, 'db'>, callId: string | null): Promise<CallWithQuestionnaires[]> {
  if (callId) {
    const call = await findCallById(deps.db, callId);
    return call ? [await loadQuestionnaires(deps.db, call)] : [];
  }
  return Promise.all((await listCalls(deps.db)).map((call) => loadQuestionnaires(deps.db, call)));
}
