// What the dashboard reads: how many inputs carry each code, overall and by country and stakeholder type, under
// optional filters. These are the aggregate rows kept in clear (code_counts); no input is opened. An input
// working in two countries counts once in `byCode` and once under each country in `byCountry`.
// Small numbers can point at one input when its metadata is rare: public display must suppress counts below a
// threshold (a later concern of the public pages, see docs/THREAT_MODEL.md); staff pages may show them.
import type { Db } from '../../db/database.ts';
import { selectCodeCounts, type CountFilters, type CountRow } from './codings.repository.ts';

export type { CountFilters };

export interface CodeCounts {
  byCode: { codeId: string; inputs: number }[];
  byCountry: { codeId: string; countryCode: string; inputs: number }[];
  byStakeholderType: { codeId: string; stakeholderType: string; inputs: number }[];
  byLanguage: { codeId: string; language: string; inputs: number }[];
}

function totals<K extends keyof CountRow>(rows: readonly CountRow[], key: K): Map<string, { codeId: string; value: CountRow[K]; inputs: number }> {
  const sums = new Map<string, { codeId: string; value: CountRow[K]; inputs: number }>();
  for (const row of rows) {
    const id = `${row.codeId}\u0000${String(row[key])}`;
    const entry = sums.get(id) ?? { codeId: row.codeId, value: row[key], inputs: 0 };
    entry.inputs += row.inputs;
    sums.set(id, entry);
  }
  return sums;
}

const byInputsThenCode = (a: { codeId: string; inputs: number }, b: { codeId: string; inputs: number }): number =>
  b.inputs - a.inputs || a.codeId.localeCompare(b.codeId);

export async function codeCounts(db: Db, callId: string, filters: CountFilters = {}): Promise<CodeCounts> {
  const [once, perCountry] = await Promise.all([selectCodeCounts(db, callId, filters, false), selectCodeCounts(db, callId, filters, true)]);
  return {
    byCode: [...totals(once, 'codeId').values()].map(({ codeId, inputs }) => ({ codeId, inputs })).sort(byInputsThenCode),
    byCountry: [...totals(perCountry, 'countryCode').values()].map(({ codeId, value, inputs }) => ({ codeId, countryCode: value, inputs })).sort(byInputsThenCode),
    byStakeholderType: [...totals(once, 'stakeholderType').values()].map(({ codeId, value, inputs }) => ({ codeId, stakeholderType: value, inputs })).sort(byInputsThenCode),
    byLanguage: [...totals(once, 'language').values()].map(({ codeId, value, inputs }) => ({ codeId, language: value, inputs })).sort(byInputsThenCode),
  };
}
