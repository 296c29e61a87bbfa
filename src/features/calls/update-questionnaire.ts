// Staff change who answers a questionnaire, its title or its introduction.
import type { Db } from '../../db/database.ts';
import type { Translator } from '../../i18n/translator.ts';
import { conflictError, type SaveQuestionnaireOutcome } from './add-questionnaire.ts';
import { listQuestionnaireHeads, updateQuestionnaire as updateQuestionnaireRow } from './calls.repository.ts';
import { stakeholderConflict, validateQuestionnaireForm, type QuestionnaireForm } from './questionnaire-form.ts';

export async function updateQuestionnaire(
  db: Db, callId: string, questionnaireId: string, form: QuestionnaireForm, i18n: Pick<Translator, 't'>,
): Promise<SaveQuestionnaireOutcome> {
  const checked = validateQuestionnaireForm(form);
  return db.transaction().execute(async (trx) => {
    const all = await listQuestionnaireHeads(trx, callId);
    if (!all.some((q) => q.id === questionnaireId)) return { kind: 'not-found' };
    if (!checked.ok) return { kind: 'invalid', errors: checked.errors };
    const conflicts = stakeholderConflict(checked.fields.stakeholderTypes, all.filter((q) => q.id !== questionnaireId));
    if (conflicts.length) return { kind: 'invalid', errors: conflictError(conflicts, i18n) };
    await updateQuestionnaireRow(trx, { id: questionnaireId, callId, ...checked.fields });
    return { kind: 'saved', id: questionnaireId };
  });
}
