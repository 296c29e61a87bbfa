// A call's codebook as pages show it: categories in order, each with its codes (archived categories and codes only
// when asked, e.g. on the codebook editing page and for labels, since existing codings still name them).
import type { Db } from '../../db/database.ts';
import type { Category, Code } from './codebook.ts';
import { listCategories, listCodes } from './codebook.repository.ts';

export interface CategoryWithCodes extends Category {
  codes: Code[];
}

export async function listCodebook(db: Db, callId: string, options: { includeArchived?: boolean } = {}): Promise<CategoryWithCodes[]> {
  const [categories, codes] = await Promise.all([listCategories(db, callId), listCodes(db, callId)]);
  const shown = options.includeArchived ? codes : codes.filter((code) => !code.archived);
  return categories.filter((category) => options.includeArchived || !category.archived)
    .map((category) => ({ ...category, codes: shown.filter((code) => code.categoryId === category.id) }));
}
