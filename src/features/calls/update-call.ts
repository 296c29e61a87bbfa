// Staff change a call's details; its questionnaires are edited on their own pages.
import type { Db } from '../../db/database.ts';
import { validateCallForm, type CallForm } from './call-form.ts';
import { findCallById, slugTaken, updateCall as updateCallRow } from './calls.repository.ts';
import type { SaveCallOutcome } from './create-call.ts';

export async function updateCall(db: Db, id: string, form: CallForm, now: Date): Promise<SaveCallOutcome> {
  const checked = validateCallForm(form);
  return db.transaction().execute(async (trx) => {
    if (!(await findCallById(trx, id))) return { kind: 'not-found' };
    if (!checked.ok) return { kind: 'invalid', errors: checked.errors };
    if (await slugTaken(trx, checked.call.slug, id)) return { kind: 'invalid', errors: { slug: { key: 'calls-staff.error-slug-taken' } } };
    await updateCallRow(trx, { id, ...checked.call }, now.toISOString());
    return { kind: 'saved', id };
  });
}
