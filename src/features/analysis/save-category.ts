// Staff add a category to a call's codebook (key and labels) or rename one (labels only: its key stays, as the
// shipped codebook and exports know it by it). Returns field errors as codes, which the page words.
import type { Db } from '../../db/database.ts';
import { newId } from '../../platform/tokens.ts';
import type { Translated } from '../calls/index.ts';
import { cleanLabel, keyAndLabelErrors, type Category, type CodebookErrors } from './codebook.ts';
import { insertCategory, listCategories, updateCategory } from './codebook.repository.ts';

export interface CategoryInput {
  /** Absent for a new category. */
  id?: string;
  /** Ignored when renaming. */
  key: string;
  label: Translated;
}

export type SaveCategoryOutcome = { kind: 'saved'; category: Category } | { kind: 'invalid'; errors: CodebookErrors } | { kind: 'not-found' };

export async function saveCategory(db: Db, callId: string, input: CategoryInput): Promise<SaveCategoryOutcome> {
  return db.transaction().execute(async (trx) => {
    const categories = await listCategories(trx, callId);
    const existing = input.id ? categories.find((c) => c.id === input.id) : undefined;
    if (input.id && !existing) return { kind: 'not-found' } as const;
    const key = existing ? null : input.key.trim();
    const label = cleanLabel(input.label);
    // Archived categories keep their keys: seeding knows a category by it and must not bring one back.
    const errors = keyAndLabelErrors(key, label, (taken) => categories.some((c) => c.key === taken));
    if (Object.keys(errors).length > 0) return { kind: 'invalid', errors } as const;
    if (existing) {
      const category = { ...existing, label };
      await updateCategory(trx, category);
      return { kind: 'saved', category } as const;
    }
    const position = Math.max(-1, ...categories.map((c) => c.position)) + 1;
    const category: Category = { id: newId(), callId, key: key!, label, position, archived: false };
    await insertCategory(trx, category);
    return { kind: 'saved', category } as const;
  });
}
