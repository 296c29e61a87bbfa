// Staff retire a code (or bring it back). Codes are never deleted: sealed codings name them by id, and the
// aggregate counts keep their history. An archived code is no longer offered for new codings.
import type { Db } from '../../db/database.ts';
import { findCode, listCategories, setCodeArchived, updateCategory } from './codebook.repository.ts';
import { selectCodeCounts } from './codings.repository.ts';

export type ArchiveCodeOutcome = { kind: 'done'; inputsCoded: number } | { kind: 'not-found' };

/** `inputsCoded` tells staff how many inputs still carry the code (their codings stay). */
export async function archiveCode(db: Db, callId: string, codeId: string, archived = true): Promise<ArchiveCodeOutcome> {
  const code = await findCode(db, codeId);
  if (!code || code.callId !== callId) return { kind: 'not-found' };
  await setCodeArchived(db, codeId, archived);
  // A code offered again needs its category offered too, or it would be active yet listed nowhere.
  const category = archived ? undefined : (await listCategories(db, callId)).find((c) => c.id === code.categoryId && c.archived);
  if (category) await updateCategory(db, { ...category, archived: false });
  const rows = await selectCodeCounts(db, callId, {}, false);
  return { kind: 'done', inputsCoded: rows.filter((row) => row.codeId === codeId).reduce((sum, row) => sum + row.inputs, 0) };
}
