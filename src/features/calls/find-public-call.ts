// The call a public page shows: never a draft, except to signed-in staff previewing it (their pages are not cached).
import type { Db } from '../../db/database.ts';
import type { Call, CallWithQuestionnaires } from './call.ts';
import { findCallBySlug, listCalls, loadQuestionnaires } from './calls.repository.ts';

export async function findPublicCall(db: Db, slug: string, options: { staffPreview?: boolean } = {}): Promise<CallWithQuestionnaires | undefined> {
  if (!/^[a-z0-9-]{1,100}$/.test(slug)) return undefined;
  const call = await findCallBySlug(db, slug);
  if (!call || (call.status === 'draft' && !options.staffPreview)) return undefined;
  return loadQuestionnaires(db, call);
}

export function listPublicCalls(db: Db): Promise<Call[]> {
  return listCalls(db, ['open', 'closed', 'archived']);
}
