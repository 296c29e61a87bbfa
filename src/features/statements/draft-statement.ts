// A network member starts a statement or appeal: the draft and its first version, in the language it is written in.
import type { Db } from '../../db/database.ts';
import type { Clock } from '../../platform/clock.ts';
import { newId } from '../../platform/tokens.ts';
import { checkDraftForm, type DraftForm, type FormErrors } from './statement-form.ts';
import { insertStatement, insertVersion } from './statements.repository.ts';

export type DraftOutcome = { kind: 'drafted'; statementId: string } | { kind: 'invalid'; errors: FormErrors };

export async function draftStatement(db: Db, clock: Clock, networkId: string, form: DraftForm): Promise<DraftOutcome> {
  const checked = checkDraftForm(form);
  if (checked.kind === 'invalid') return checked;
  const { values } = checked;
  const id = newId();
  const now = clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    await insertStatement(trx, {
      id, networkId, kind: values.kind, originalLanguage: values.language, themes: values.themes, countries: values.countries,
      createdAt: now, publishedAt: null, hidden: null,
    });
    await insertVersion(trx, { statementId: id, version: 1, language: values.language, title: values.title, text: values.text, createdAt: now });
  });
  return { kind: 'drafted', statementId: id };
}
