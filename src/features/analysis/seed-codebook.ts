// Puts a codebook definition (the HRC56 one) into a call. Idempotent and respectful of staff: a category or code
// whose key the call already has is left as staff edited it; only missing ones are added, after the existing ones,
// and none into a category staff archived.
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
    const existing = await listCategories(trx, callId);
    const categories = new Map(existing.map((c) => [c.key, c.id]));
    // Staff archived these: a newer shipped codebook does not bring codes back into them.
    const retired = new Set(existing.filter((c) => c.archived).map((c) => c.key));
    const codes = await listCodes(trx, callId);
    const codeKeys = new Set(codes.map((c) => c.key));
    const outcome: SeedOutcome = { categoriesAdded: 0, codesAdded: 0 };
    let categoryPosition = Math.max(-1, ...existing.map((c) => c.position)) + 1;
    for (const category of definition.categories) {
      if (categories.has(category.key)) continue;
      const id = newId();
      await insertCategory(trx, { id, callId, key: category.key, label: category.label, position: categoryPosition++, archived: false });
      categories.set(category.key, id);
      outcome.categoriesAdded += 1;
    }
    let codePosition = codes.length;
    for (const code of definition.codes) {
      if (codeKeys.has(code.key) || retired.has(code.category)) continue;
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
