// SQL for the analysis pages: the inputs to one questionnaire as metadata (all in clear on the submission), the
// inputs of a call that hold quotes (which row a quote belongs to is in clear, its text is sealed), staff names.
import type { Db } from '../../db/database.ts';

/** An input to list before opening it: what the filters read, nothing confidential. */
export interface InputMetadata {
  id: string;
  reference: string;
  stakeholderType: string;
  language: string;
  countries: string[];
}

/** Submitted inputs of a call (to one questionnaire, when given), oldest reference first: a stable reading order. */
export async function listInputMetadata(db: Db, callId: string, questionnaireId?: string): Promise<InputMetadata[]> {
  let query = db.selectFrom('submissions').select(['id', 'reference', 'stakeholder_type', 'language'])
    .where('call_id', '=', callId).where('status', '=', 'submitted');
  if (questionnaireId) query = query.where('questionnaire_id', '=', questionnaireId);
  const rows = await query.orderBy('reference').orderBy('id').execute();
  const countryRows = rows.length
    ? await db.selectFrom('submission_countries').innerJoin('submissions', 'submissions.id', 'submission_countries.submission_id')
      .select(['submission_countries.submission_id', 'submission_countries.country_code'])
      .where('submissions.call_id', '=', callId).where('submissions.status', '=', 'submitted')
      .orderBy('submission_countries.country_code').execute()
    : [];
  const countries = new Map<string, string[]>();
  for (const row of countryRows) countries.set(row.submission_id, [...(countries.get(row.submission_id) ?? []), row.country_code]);
  return rows.map((row) => ({
    id: row.id, reference: row.reference ?? '', stakeholderType: row.stakeholder_type, language: row.language ?? '',
    countries: countries.get(row.id) ?? [],
  }));
}

/** Ids of the call's submitted inputs that hold at least one quote. */
export async function listInputsWithQuotes(db: Db, callId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('quotes').innerJoin('submissions', 'submissions.id', 'quotes.submission_id')
    .select('quotes.submission_id').distinct()
    .where('submissions.call_id', '=', callId).where('submissions.status', '=', 'submitted').execute();
  return new Set(rows.map((row) => row.submission_id));
}

/** Display names of staff members by id (who coded, who quoted). */
export async function staffNamesOf(db: Db, ids: Iterable<string>): Promise<Map<string, string>> {
  const wanted = [...new Set(ids)];
  if (!wanted.length) return new Map();
  const rows = await db.selectFrom('staff_users').select(['id', 'display_name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((row) => [row.id, row.display_name]));
}
