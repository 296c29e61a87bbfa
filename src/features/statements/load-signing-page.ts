// What the signing page shows a member: the statement, each organisation they administer with its signature in
// force (if any), and the history of those organisations' signatures on it, withdrawals included.
import type { Db } from '../../db/database.ts';
import { membershipsOfMember } from '../organisations/index.ts';
import { listSignatureHistory, type SignatureRecord } from './signatures.repository.ts';
import { pickVersion, type Statement, type StatementVersion } from './statement.ts';
import { findStatement, listVersions } from './statements.repository.ts';

export interface AdministeredOrganisation {
  id: string;
  name: string;
  /** When its signature in force was given, or null when it has none. */
  signedAt: string | null;
}

export interface SigningPage {
  statement: Statement;
  version: StatementVersion;
  organisations: AdministeredOrganisation[];
  history: (SignatureRecord & { organisationName: string })[];
}

/** The organisations this member may sign for. */
export async function administeredOrganisations(db: Db, memberId: string): Promise<{ id: string; name: string }[]> {
  const memberships = await membershipsOfMember(db, memberId);
  return memberships.filter((m) => m.role === 'admin').map((m) => ({ id: m.organisationId, name: m.name }));
}

/** Undefined unless the statement is published: drafts cannot be signed. */
export async function loadSigningPage(db: Db, statementId: string, memberId: string, locale: string): Promise<SigningPage | undefined> {
  const statement = await findStatement(db, statementId);
  if (!statement?.publishedAt) return undefined;
  const [versions, administered] = await Promise.all([listVersions(db, [statementId]), administeredOrganisations(db, memberId)]);
  const version = pickVersion(statement, versions, [locale]);
  if (!version) return undefined;
  const history = await listSignatureHistory(db, statementId, administered.map((o) => o.id));
  const names = new Map(administered.map((o) => [o.id, o.name]));
  return {
    statement, version,
    organisations: administered.map((o) => ({ ...o, signedAt: history.find((h) => h.organisationId === o.id && !h.withdrawnAt)?.signedAt ?? null })),
    history: history.map((h) => ({ ...h, organisationName: names.get(h.organisationId) ?? '' })),
  };
}
