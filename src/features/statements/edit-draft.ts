// Members of the network rework a draft together; its one version changes in place until publication freezes it.
import type { Db } from '../../db/database.ts';
import { checkDraftForm, type DraftForm, type FormErrors } from './statement-form.ts';
import { listVersions, lockStatement, updateDraftDetails, updateDraftVersion } from './statements.repository.ts';

export type EditDraftOutcome = { kind: 'saved' } | { kind: 'invalid'; errors: FormErrors } | { kind: 'published' } | { kind: 'not-found' };

export async function editDraft(db: Db, statementId: string, form: DraftForm): Promise<EditDraftOutcome> {
  const checked = checkDraftForm(form);
  if (checked.kind === 'invalid') return checked;
  const { values } = checked;
  return db.transaction().execute(async (trx): Promise<EditDraftOutcome> => {
    const statement = await lockStatement(trx, statementId);
    if (!statement) return { kind: 'not-found' };
    // A coordinator may have published while this form was open: the published words stay as they were.
    if (statement.publishedAt) return { kind: 'published' };
    const [draft] = await listVersions(trx, [statementId]);
    if (!draft) return { kind: 'not-found' };
    await updateDraftDetails(trx, { id: statementId, kind: values.kind, originalLanguage: values.language, themes: values.themes, countries: values.countries });
    await updateDraftVersion(trx, { ...draft, language: values.language, title: values.title, text: values.text });
    return { kind: 'saved' };
  });
}
