// SQL for co-signatures and the signed files. A withdrawal stamps the row instead of deleting it: the history of
// who signed and withdrew, and when, stays. The partial unique index allows one signature in force per organisation.
import type { Db, Transaction } from '../../db/database.ts';

type Executor = Db | Transaction;

export interface SignatureRecord {
  organisationId: string;
  signedAt: string;
  withdrawnAt: string | null;
}

export async function insertSignature(db: Transaction, row: { id: string; statementId: string; organisationId: string; signedBy: string; signedAt: string }): Promise<void> {
  await db.insertInto('statement_signatures').values({
    id: row.id, statement_id: row.statementId, organisation_id: row.organisationId, signed_by: row.signedBy, signed_at: row.signedAt,
    withdrawn_by: null, withdrawn_at: null,
  }).execute();
}

/** Whether this organisation's signature is in force on the statement. */
export async function hasSignatureInForce(db: Executor, statementId: string, organisationId: string): Promise<boolean> {
  const row = await db.selectFrom('statement_signatures').select('id').where('statement_id', '=', statementId)
    .where('organisation_id', '=', organisationId).where('withdrawn_at', 'is', null).executeTakeFirst();
  return row !== undefined;
}

/** Stamps the signature in force as withdrawn; false when there was none. */
export async function markWithdrawn(db: Transaction, statementId: string, organisationId: string, by: string, at: string): Promise<boolean> {
  const result = await db.updateTable('statement_signatures').set({ withdrawn_by: by, withdrawn_at: at })
    .where('statement_id', '=', statementId).where('organisation_id', '=', organisationId).where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The statements this organisation's signature is in force on. */
export async function statementsSignedBy(db: Executor, organisationId: string): Promise<string[]> {
  const rows = await db.selectFrom('statement_signatures').select('statement_id').where('organisation_id', '=', organisationId)
    .where('withdrawn_at', 'is', null).orderBy('statement_id').execute();
  return rows.map((row) => row.statement_id);
}

/** Signatures in force, first signed first. */
export async function listSignaturesInForce(db: Executor, statementId: string): Promise<SignatureRecord[]> {
  const rows = await db.selectFrom('statement_signatures').select(['organisation_id', 'signed_at', 'withdrawn_at'])
    .where('statement_id', '=', statementId).where('withdrawn_at', 'is', null).orderBy('signed_at').orderBy('id').execute();
  return rows.map((row) => ({ organisationId: row.organisation_id, signedAt: row.signed_at, withdrawnAt: row.withdrawn_at }));
}

/** Every signature ever made on the statement by these organisations, withdrawn ones included, newest first. */
export async function listSignatureHistory(db: Executor, statementId: string, organisationIds: readonly string[]): Promise<SignatureRecord[]> {
  if (organisationIds.length === 0) return [];
  const rows = await db.selectFrom('statement_signatures').select(['organisation_id', 'signed_at', 'withdrawn_at'])
    .where('statement_id', '=', statementId).where('organisation_id', 'in', organisationIds).orderBy('signed_at', 'desc').orderBy('id').execute();
  return rows.map((row) => ({ organisationId: row.organisation_id, signedAt: row.signed_at, withdrawnAt: row.withdrawn_at }));
}

export interface SignedFileRecord {
  language: string;
  version: number;
  document: string;
  issuedAt: string;
}

/** Replaces a language's signed file: only the newest is offered; earlier ones remain valid where they were saved. */
export async function saveSignedFile(db: Transaction, statementId: string, file: SignedFileRecord): Promise<void> {
  await db.deleteFrom('statement_signed_files').where('statement_id', '=', statementId).where('language', '=', file.language).execute();
  await db.insertInto('statement_signed_files').values({
    statement_id: statementId, language: file.language, version: file.version, document: file.document, issued_at: file.issuedAt,
  }).execute();
}

export async function findSignedFile(db: Executor, statementId: string, language: string): Promise<SignedFileRecord | undefined> {
  const row = await db.selectFrom('statement_signed_files').selectAll().where('statement_id', '=', statementId).where('language', '=', language).executeTakeFirst();
  return row && { language: row.language, version: Number(row.version), document: row.document, issuedAt: row.issued_at };
}

/** How many signatures are in force on each of these statements (absent means none). */
export async function countSignaturesInForce(db: Executor, statementIds: readonly string[]): Promise<Map<string, number>> {
  if (statementIds.length === 0) return new Map();
  const rows = await db.selectFrom('statement_signatures').select(['statement_id', (eb) => eb.fn.countAll().as('signatures')])
    .where('statement_id', 'in', statementIds).where('withdrawn_at', 'is', null).groupBy('statement_id').execute();
  return new Map(rows.map((row) => [row.statement_id, Number(row.signatures)]));
}
