// Takes a published input off the public pages, with its files, and drops the cached pages that showed it.
import type { Db } from '../../db/database.ts';
import { deletePublication } from '../publications/index.ts';

export async function withdrawPublication(deps: { db: Db; publicPages: { invalidate(): void } }, submissionId: string): Promise<boolean> {
  const withdrawn = await deps.db.transaction().execute((trx) => deletePublication(trx, submissionId));
  deps.publicPages.invalidate();
  return withdrawn;
}
