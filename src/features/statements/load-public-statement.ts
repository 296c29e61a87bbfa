// Everything the public page of a published statement shows, in one read: the version in the reader's language
// (or the one asked for), the other languages and versions, the issuer, the signatories and their counts. Of a
// statement moderators hid, only the title and the reason are read: nothing else can reach its page.
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

/** A statement moderators hid, as readers may know it: its title (in their language) and why it was hidden. */
export interface HiddenStatement {
  statement: Statement & { hidden: NonNullable<Statement['hidden']> };
  title: Pick<StatementVersion, 'language' | 'title'>;
}

export const isHiddenStatement = (page: PublicStatement | HiddenStatement): page is HiddenStatement => 'title' in page;

/** Undefined for an unknown id and for a draft: drafts do not exist outside their network. */
export async function loadPublicStatement(db: Db, id: string, wanted: readonly (string | undefined)[]): Promise<PublicStatement | HiddenStatement | undefined> {
  const statement = await findStatement(db, id);
  if (!statement?.publishedAt) return undefined;
  if (statement.hidden) {
    const shown = pickVersion(statement, await listVersions(db, [id]), wanted);
    return shown && { statement: { ...statement, hidden: statement.hidden }, title: { language: shown.language, title: shown.title } };
  }
  const [versions, signatories, issuer] = await Promise.all([listVersions(db, [id]), loadSignatories(db, statement), issuerOf(db, statement.networkId)]);
  const shown = pickVersion(statement, versions, wanted);
  if (!shown) return undefined;
  return {
    statement, versions, shown, languages: availableLanguages(versions), issuer,
    signatories: orderSignatories(signatories), counts: countSignatories(signatories),
  };
}
