// After publication a text is never edited: a coordinator adds a version instead — a correction in a language the
// statement has, or a translation into one it has not. Every version stays, listed with its language and date.
import { checkTextForm, type FormErrors, type TextForm } from './statement-form.ts';
import { changeStatement, type StatementChangeDeps } from './statement-change.ts';
import type { StatementLanguage } from './statement.ts';
import { insertVersion, nextVersionNumber } from './statements.repository.ts';

export type AddVersionOutcome = { kind: 'added'; version: number } | { kind: 'invalid'; errors: FormErrors } | { kind: 'draft' } | 'not-found';

export async function addVersion(deps: StatementChangeDeps, statementId: string, form: TextForm): Promise<AddVersionOutcome> {
  const { errors, title, text } = checkTextForm(form);
  if (Object.keys(errors).length > 0) return { kind: 'invalid', errors };
  return changeStatement<AddVersionOutcome>(deps, statementId, async (trx, statement, now) => {
    // A draft is edited in place; versions begin with publication.
    if (!statement.publishedAt) return { outcome: { kind: 'draft' }, changed: false };
    const version = await nextVersionNumber(trx, statement.id);
    await insertVersion(trx, { statementId: statement.id, version, language: form.language as StatementLanguage, title, text, createdAt: now.toISOString() });
    return { outcome: { kind: 'added', version }, changed: true };
  });
}
