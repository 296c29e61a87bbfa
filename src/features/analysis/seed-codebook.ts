// Puts a codebook definition (the HRC56 one) into a call. Idempotent and respectful of staff: a category or code
// whose key the call already has is left as staff edited it; only missing ones are added, after the existing ones.
import type { Db } from '../../db/database.ts';
import { newId } from '../../platform/tokens.ts';
import { cleanTerms, type CodebookDefinition } from './codebook.ts';
import { insertCategory, insertCode, listCategories, listCodes } from './codebook.repository.ts';

export interface SeedOutcome {
  categoriesAdded: number;
  codesAdded: number;
}

export async function seedCodebook(db: Db, callId: string, definition: CodebookDefinition): Promise<SeedOutcome> {
  return db.transaction().execute(async (trx) => {
    const categories = new Map((await listCategories(trx, callId)).map((c) => [c.key, c.id]));
    const codes = await listCodes(trx, callId);
    const codeKeys = new Set(codes.map((c) => c.key));
    const outcome: SeedOutcome = { categoriesAdded: 0, codesAdded: 0 };
    let categoryPosition = categories.size;
    for (const category of definition.categories) {
      if (categories.has(category.key)) continue;
      const id = newId();
      await insertCategory(trx, { id, callId, key: category.key, label: category.label, position: categoryPosition++ });
      categories.set(category.key, id);
      outcome.categoriesAdded += 1;
    }
    let codePosition = codes.length;
    for (const code of definition.codes) {
      if (codeKeys.has(code.key)) continue;
      const categoryId = categories.get(code.category);
      if (!categoryId) throw new Error(`codebook definition: code ${code.key} names unknown category ${code.category}`);
      await insertCode(trx, {
        id: newId(), callId, categoryId, key: code.key, label: code.label, terms: cleanTerms(code.terms), position: codePosition++, archived: false,
      });
      codeKeys.add(code.key);
      outcome.codesAdded += 1;
    }
    return outcome;
  });
}
