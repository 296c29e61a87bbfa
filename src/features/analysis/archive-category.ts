// Staff retire a category (or bring it back). Only a category without active codes can go: its codes would
// otherwise vanish from the coding lists with it, so staff are told how many to archive or move first. Like codes,
// categories are never deleted: archived codes still belong to them.
import type { Db } from '../../db/database.ts';
import { listCategories, listCodes, updateCategory } from './codebook.repository.ts';

export type ArchiveCategoryOutcome = { kind: 'done' } | { kind: 'has-active-codes'; activeCodes: number } | { kind: 'not-found' };

export async function archiveCategory(db: Db, callId: string, categoryId: string, archived = true): Promise<ArchiveCategoryOutcome> {
  return db.transaction().execute(async (trx) => {
    const category = (await listCategories(trx, callId)).find((c) => c.id === categoryId);
    if (!category) return { kind: 'not-found' } as const;
    if (archived) {
      const activeCodes = (await listCodes(trx, callId)).filter((code) => code.categoryId === categoryId && !code.archived).length;
      if (activeCodes > 0) return { kind: 'has-active-codes', activeCodes } as const;
    }
    await updateCategory(trx, { ...category, archived });
    return { kind: 'done' } as const;
  });
}
