// Staff create a call (usually as a draft, then add questionnaires and open it).
import type { Db } from '../../db/database.ts';
import { newId } from '../../platform/tokens.ts';
import { uniqueFieldErrors, validateCallForm, type CallForm } from './call-form.ts';
import { insertCall, takenCallFields } from './calls.repository.ts';

import type { FieldErrors } from './form-values.ts';

export type SaveCallOutcome = { kind: 'saved'; id: string } | { kind: 'invalid'; errors: FieldErrors } | { kind: 'not-found' };

export async function createCall(db: Db, form: CallForm, now: Date): Promise<SaveCallOutcome> {
  const checked = validateCallForm(form);
  if (!checked.ok) return { kind: 'invalid', errors: checked.errors };
  const id = newId();
  return db.transaction().execute(async (trx) => {
    const conflicts = uniqueFieldErrors(await takenCallFields(trx, checked.call));
    if (conflicts) return { kind: 'invalid', errors: conflicts };
    await insertCall(trx, { id, ...checked.call }, now.toISOString());
    return { kind: 'saved', id };
  });
}
