// Lists of statements: the public one (published, newest first, a page at a time) and a network's own (drafts too).
import type { Db } from '../../db/database.ts';
import { countSignaturesInForce } from './signatures.repository.ts';
import { pickVersion, type Statement, type StatementVersion } from './statement.ts';
import { listNetworkStatements, listPublishedStatements, listVersions } from './statements.repository.ts';

export interface StatementSummary {
  statement: Statement;
  /** The current version in the reader's language, else the original language. */
  version: StatementVersion;
  signatures: number;
}

export const statementsPerPage = 20;

async function summarise(db: Db, statements: readonly Statement[], locale: string): Promise<StatementSummary[]> {
  const ids = statements.map((s) => s.id);
  const [versions, signatures] = await Promise.all([listVersions(db, ids), countSignaturesInForce(db, ids)]);
  return statements.flatMap((statement) => {
    const version = pickVersion(statement, versions.filter((v) => v.statementId === statement.id), [locale]);
    return version ? [{ statement, version, signatures: signatures.get(statement.id) ?? 0 }] : [];
  });
}

export async function listPublicStatements(db: Db, locale: string, page: number): Promise<{ summaries: StatementSummary[]; hasNext: boolean }> {
  const found = await listPublishedStatements(db, statementsPerPage + 1, (page - 1) * statementsPerPage);
  return { summaries: await summarise(db, found.slice(0, statementsPerPage), locale), hasNext: found.length > statementsPerPage };
}

export async function listStatementsOfNetwork(db: Db, networkId: string, locale: string): Promise<StatementSummary[]> {
  return summarise(db, await listNetworkStatements(db, networkId), locale);
}
