// Staff add a questionnaire to a call, for kinds of respondent no other questionnaire of the call covers.
import type { Db } from '../../db/database.ts';
import type { Translator } from '../../i18n/translator.ts';
import { newId } from '../../platform/tokens.ts';
import { findCallById, insertQuestionnaire, listQuestionnaireHeads } from './calls.repository.ts';
import type { FieldErrors } from './form-values.ts';
import { stakeholderConflict, validateQuestionnaireForm, type QuestionnaireForm } from './questionnaire-form.ts';

export type SaveQuestionnaireOutcome = { kind: 'saved'; id: string } | { kind: 'invalid'; errors: FieldErrors } | { kind: 'not-found' };

export function conflictError(conflicts: readonly string[], i18n: Pick<Translator, 't'>): FieldErrors {
  return {
    stakeholderTypes: {
      key: 'calls-staff.error-stakeholder-taken',
      values: { types: conflicts.map((type) => i18n.t(`domain.stakeholder.${type}`)).join(', '), count: conflicts.length },
    },
  };
}

export async function addQuestionnaire(db: Db, callId: string, form: QuestionnaireForm, i18n: Pick<Translator, 't'>): Promise<SaveQuestionnaireOutcome> {
  const checked = validateQuestionnaireForm(form);
  return db.transaction().execute(async (trx) => {
    if (!(await findCallById(trx, callId))) return { kind: 'not-found' };
    if (!checked.ok) return { kind: 'invalid', errors: checked.errors };
    const existing = await listQuestionnaireHeads(trx, callId);
    const conflicts = stakeholderConflict(checked.fields.stakeholderTypes, existing);
    if (conflicts.length) return { kind: 'invalid', errors: conflictError(conflicts, i18n) };
    const id = newId();
    const position = Math.max(-1, ...existing.map((q) => q.position)) + 1;
    await insertQuestionnaire(trx, { id, callId, position, ...checked.fields });
    return { kind: 'saved', id };
  });
}
