// Staff change a call's details; its questionnaires are edited on their own pages.
import type { Db } from '../../db/database.ts';
import { uniqueFieldErrors, validateCallForm, type CallForm } from './call-form.ts';
import { findCallById, takenCallFields, updateCall as updateCallRow } from './calls.repository.ts';
import type { SaveCallOutcome } from './create-call.ts';

export async function updateCall(db: Db, id: string, form: CallForm, now: Date): Promise<SaveCallOutcome> {
  const checked = validateCallForm(form);
  return db.transaction().execute(async (trx) => {
    if (!(await findCallById(trx, id))) return { kind: 'not-found' };
    if (!checked.ok) return { kind: 'invalid', errors: checked.errors };
    const conflicts = uniqueFieldErrors(await takenCallFields(trx, checked.call, id));
    if (conflicts) return { kind: 'invalid', errors: conflicts };
    await updateCallRow(trx, { id, ...checked.call }, now.toISOString());
    return { kind: 'saved', id };
  });
}
