// The canonical form of a published statement and its signatories: what the platform signs, so a copy circulating
// elsewhere can be checked word for word. Only what the public page shows goes in (never a withheld organisation's
// name or countries, never an id of an organisation or a person), in a fixed order, so the same facts always sign
// the same way. A withheld name is null, not a translated label: the file must read the same in every language.
import { countSignatories, orderSignatories, signedOn, type Signatory, type SignatoryCounts } from './signatories.ts';
import type { Statement, StatementVersion } from './statement.ts';

/** The document kind the signing platform records, so a statement file cannot pass for another kind of file. */
export const signedStatementKind = 'solidarity-statement';

export interface SignedStatementPayload {
  statementId: string;
  kind: Statement['kind'];
  version: number;
  language: string;
  title: string;
  text: string;
  publishedAt: string;
  signatories: { publicName: string | null; countries: string[]; regionalGroups: string[]; memberOfIssuingNetwork: boolean; signedAt: string }[];
  counts: SignatoryCounts;
}

export function signedStatementPayload(statement: Statement, version: StatementVersion, signatories: readonly Signatory[]): SignedStatementPayload {
  if (!statement.publishedAt) throw new Error('only a published statement is signed');
  return {
    statementId: statement.id,
    kind: statement.kind,
    version: version.version,
    language: version.language,
    title: version.title,
    text: version.text,
    publishedAt: statement.publishedAt,
    signatories: orderSignatories(signatories).map((s) => ({
      publicName: s.name, countries: [...s.countries], regionalGroups: [...s.regionalGroups], memberOfIssuingNetwork: s.memberOfIssuingNetwork,
      signedAt: signedOn(s.signedAt),
    })),
    counts: countSignatories(signatories),
  };
}
