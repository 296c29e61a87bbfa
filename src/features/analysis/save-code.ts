// Staff create a code or change one (key, category, labels, terms). Returns field errors as codes, which the page
// words; a code's id never changes, so renaming its key or labels keeps every coding that names it.
import type { Db } from '../../db/database.ts';
import type { Translated } from '../calls/index.ts';
import { newId } from '../../platform/tokens.ts';
import { cleanLabel, cleanTerms, keyAndLabelErrors, type Code, type CodebookErrors, type CodebookFieldError, type TermLists } from './codebook.ts';
import { findCode, insertCode, listCategories, listCodes, updateCode } from './codebook.repository.ts';

export interface CodeInput {
  /** Absent for a new code. */
  id?: string;
  categoryId: string;
  key: string;
  label: Translated;
  terms: TermLists;
}

export type CodeFieldError = CodebookFieldError;
export type CodeErrors = CodebookErrors;

export type SaveCodeOutcome = { kind: 'saved'; code: Code } | { kind: 'invalid'; errors: CodeErrors } | { kind: 'not-found' };

export async function saveCode(db: Db, callId: string, input: CodeInput): Promise<SaveCodeOutcome> {
  return db.transaction().execute(async (trx) => {
    const existing = input.id ? await findCode(trx, input.id) : undefined;
    if (input.id && existing?.callId !== callId) return { kind: 'not-found' } as const;
    const [categories, codes] = await Promise.all([listCategories(trx, callId), listCodes(trx, callId)]);
    const key = input.key.trim();
    const label = cleanLabel(input.label);
    const errors = keyAndLabelErrors(key, label, (taken) => codes.some((code) => code.key === taken && code.id !== input.id));
    // An archived category takes no new code; a code already in one may stay there.
    const category = categories.find((c) => c.id === input.categoryId);
    if (!category || (category.archived && existing?.categoryId !== category.id)) errors.category = 'unknown';
    if (Object.keys(errors).length > 0) return { kind: 'invalid', errors } as const;

    const code: Code = {
      id: existing?.id ?? newId(), callId, categoryId: input.categoryId, key, label, terms: cleanTerms(input.terms),
      position: existing?.position ?? codes.length, archived: existing?.archived ?? false,
    };
    if (existing) await updateCode(trx, code);
    else await insertCode(trx, code);
    return { kind: 'saved', code } as const;
  });
}
