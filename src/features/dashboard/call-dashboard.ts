// What a call's dashboard shows: inputs by stakeholder type, language, country and UN regional group (from the
// metadata in clear), and how many inputs carry each code (the aggregate counts analysis keeps), optionally one
// code's inputs by country for the map. Aggregates only: no input is opened, so every staff role may look.
import type { Db } from '../../db/database.ts';
import { regionalGroupOf, regionalGroups, type RegionalGroup } from '../../platform/geo/un-regional-groups.ts';
import { codeCounts, listCodebook, type CategoryWithCodes } from '../analysis/index.ts';
import { loadInputFacts } from './dashboard.repository.ts';

export interface CallDashboard {
  total: number;
  byStakeholderType: [string, number][];
  byLanguage: [string, number][];
  byCountry: Record<string, number>;
  byRegionalGroup: [RegionalGroup | 'none', number][];
  codebook: CategoryWithCodes[];
  byCode: { codeId: string; inputs: number }[];
  /** The chosen code's inputs by country, when a code was chosen and exists. */
  chosenCode: { codeId: string; byCountry: Record<string, number> } | null;
}

const largestFirst = ([a, x]: [string, number], [b, y]: [string, number]) => y - x || a.localeCompare(b);

export async function callDashboard(db: Db, callId: string, chosenCodeId: string | null): Promise<CallDashboard> {
  const [facts, codebook, counts] = await Promise.all([loadInputFacts(db, callId), listCodebook(db, callId), codeCounts(db, callId)]);
  const byCountry: Record<string, number> = {};
  const groupTotals = new Map<RegionalGroup | 'none', number>();
  for (const codes of facts.countriesByInput.values()) {
    for (const code of codes) byCountry[code] = (byCountry[code] ?? 0) + 1;
    for (const group of new Set(codes.map((code) => regionalGroupOf(code) ?? 'none'))) groupTotals.set(group, (groupTotals.get(group) ?? 0) + 1);
  }
  const known = new Set(codebook.flatMap((category) => category.codes.map((code) => code.id)));
  const chosen = chosenCodeId !== null && known.has(chosenCodeId) ? chosenCodeId : null;
  return {
    total: facts.total,
    byStakeholderType: [...facts.byStakeholderType].sort(largestFirst),
    byLanguage: [...facts.byLanguage].sort(largestFirst),
    byCountry,
    byRegionalGroup: [...regionalGroups, 'none' as const].filter((g) => groupTotals.has(g)).map((g) => [g, groupTotals.get(g)!]),
    codebook,
    byCode: counts.byCode.filter((row) => known.has(row.codeId)),
    chosenCode: chosen === null ? null : {
      codeId: chosen,
      byCountry: Object.fromEntries(counts.byCountry.filter((row) => row.codeId === chosen && row.countryCode).map((row) => [row.countryCode, row.inputs])),
    },
  };
}
