// What became of a statement since a genuine copy of its signed file was made, for the verification page: hidden by
// platform staff (and why), a newer version in the copy's language, a signatory list that has changed. Read from the
// ids the signed copy carries and the current signed file of its language (which holds the current version and list),
// so two rows answer it. Of a hidden statement only the hiding is told: its current text and list are off public view.
import type { Db } from '../../db/database.ts';
import { canonicalJson, type JsonValue } from '../../platform/signing/index.ts';
import { findSignedFile } from './signatures.repository.ts';
import { signedStatementKind } from './signed-statement.ts';
import { statementPath } from './statement-paths.ts';
import { findStatement } from './statements.repository.ts';

export type StatementStanding =
  | { kind: 'hidden'; reason: string }
  | { kind: 'on-view'; newerVersion: { version: number; path: string } | null; currentSignatoriesPath: string | null };

interface CopyIds { statementId: string; version: number; language: string; signatories: JsonValue }

/** The ids a statement's signed payload carries; undefined for another kind of document. */
function copyIds(kind: string, payload: JsonValue): CopyIds | undefined {
  if (kind !== signedStatementKind || typeof payload !== 'object' || payload === null || Array.isArray(payload)) return undefined;
  const { statementId, version, language, signatories } = payload;
  if (typeof statementId !== 'string' || typeof version !== 'number' || typeof language !== 'string' || signatories === undefined) return undefined;
  return { statementId, version, language, signatories };
}

/**
 * Call only for a copy whose signature verified: the ids are then the platform's own, and a forgery cannot borrow a
 * real statement's standing. Undefined when the copy is not of a statement, or the statement is not known here.
 */
export async function statementStandingForVerify(db: Db, kind: string, payload: JsonValue): Promise<StatementStanding | undefined> {
  const copy = copyIds(kind, payload);
  if (!copy) return undefined;
  const statement = await findStatement(db, copy.statementId);
  if (!statement?.publishedAt) return undefined;
  if (statement.hidden) return { kind: 'hidden', reason: statement.hidden.reason };
  const current = await findSignedFile(db, statement.id, copy.language);
  if (!current) return { kind: 'on-view', newerVersion: null, currentSignatoriesPath: null };
  const path = statementPath(statement.id, current.language);
  const currentPayload = (JSON.parse(current.document) as { payload: { signatories: JsonValue } }).payload;
  return {
    kind: 'on-view',
    newerVersion: current.version > copy.version ? { version: current.version, path } : null,
    currentSignatoriesPath: canonicalJson(currentPayload.signatories) === canonicalJson(copy.signatories) ? null : `${path}#signatories-heading`,
  };
}
