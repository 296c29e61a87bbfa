// SQL for a call's dashboard: counts over the metadata of submitted inputs, which is in clear (docs/THREAT_MODEL.md).
// Nothing here opens an input.
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

export interface InputFacts {
  total: number;
  byStakeholderType: Map<string, number>;
  byLanguage: Map<string, number>;
  /** Each input's countries, for counts by country and by regional group (an input counts once per group). */
  countriesByInput: Map<string, string[]>;
}

export async function loadInputFacts(db: Db, callId: string): Promise<InputFacts> {
  const submitted = db.selectFrom('submissions').where('call_id', '=', callId).where('status', '=', 'submitted');
  const [types, languages, countries] = await Promise.all([
    submitted.select(['stakeholder_type as key', sql<number>`count(*)`.as('n')]).groupBy('stakeholder_type').execute(),
    submitted.select(['language as key', sql<number>`count(*)`.as('n')]).groupBy('language').execute(),
    db.selectFrom('submission_countries').innerJoin('submissions', 'submissions.id', 'submission_countries.submission_id')
      .select(['submission_countries.submission_id as id', 'submission_countries.country_code as code'])
      .where('submissions.call_id', '=', callId).where('submissions.status', '=', 'submitted').execute(),
  ]);
  const countriesByInput = new Map<string, string[]>();
  for (const row of countries) countriesByInput.set(row.id, [...(countriesByInput.get(row.id) ?? []), row.code]);
  const count = (rows: { key: string | null; n: number }[]) => new Map(rows.map((r) => [r.key ?? '', Number(r.n)]));
  const byStakeholderType = count(types);
  return {
    total: [...byStakeholderType.values()].reduce((a, b) => a + b, 0),
    byStakeholderType, byLanguage: count(languages), countriesByInput,
  };
}
