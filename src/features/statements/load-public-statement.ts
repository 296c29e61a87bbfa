// Everything the public page of a published statement shows, in one read: the version in the reader's language
// (or the one asked for), the other languages and versions, the issuer, the signatories and their counts.
import type { Db } from '../../db/database.ts';
import { issuerOf, type Issuer } from './network-standing.ts';
import { loadSignatories } from './load-signatories.ts';
import { countSignatories, orderSignatories, type Signatory, type SignatoryCounts } from './signatories.ts';
import { availableLanguages, pickVersion, type Statement, type StatementLanguage, type StatementVersion } from './statement.ts';
import { findStatement, listVersions } from './statements.repository.ts';

export interface PublicStatement {
  statement: Statement;
  /** Every version, oldest first. */
  versions: StatementVersion[];
  shown: StatementVersion;
  languages: StatementLanguage[];
  issuer: Issuer;
  signatories: Signatory[];
  counts: SignatoryCounts;
}

/** Undefined for an unknown id and for a draft: drafts do not exist outside their network. */
export async function loadPublicStatement(db: Db, id: string, wanted: readonly (string | undefined)[]): Promise<PublicStatement | undefined> {
  const statement = await findStatement(db, id);
  if (!statement?.publishedAt) return undefined;
  const [versions, signatories, issuer] = await Promise.all([listVersions(db, [id]), loadSignatories(db, statement), issuerOf(db, statement.networkId)]);
  const shown = pickVersion(statement, versions, wanted);
  if (!shown) return undefined;
  return {
    statement, versions, shown, languages: availableLanguages(versions), issuer,
    signatories: orderSignatories(signatories), counts: countSignatories(signatories),
  };
}
