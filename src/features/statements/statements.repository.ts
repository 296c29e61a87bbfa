// SQL for statements and their versions. Themes and countries are JSON arrays; a published version is never
// updated (only a draft's single version is), so the words a signed file quotes stay in the database as signed.
import { PostgresAdapter, sql } from 'kysely';
import type { Db, Transaction } from '../../db/database.ts';
import type { Theme } from '../../platform/vocabulary/solidarity-vocabulary.ts';
import type { Statement, StatementKind, StatementLanguage, StatementVersion } from './statement.ts';
import type { StatementsTable, StatementVersionsTable } from './statements.table.ts';

type Executor = Db | Transaction;

function toStatement(row: StatementsTable): Statement {
  return {
    id: row.id, networkId: row.network_id, kind: row.kind as StatementKind, originalLanguage: row.original_language as StatementLanguage,
    themes: JSON.parse(row.themes) as Theme[], countries: JSON.parse(row.countries) as string[], createdAt: row.created_at,
    publishedAt: row.published_at,
    hidden: row.hidden_at ? { at: row.hidden_at, reason: row.hidden_reason ?? '' } : null,
  };
}

function toVersion(row: StatementVersionsTable): StatementVersion {
  return {
    statementId: row.statement_id, version: Number(row.version), language: row.language as StatementLanguage, title: row.title,
    text: row.text, createdAt: row.created_at,
  };
}

export async function insertStatement(db: Executor, statement: Statement): Promise<void> {
  await db.insertInto('statements').values({
    id: statement.id, network_id: statement.networkId, kind: statement.kind, original_language: statement.originalLanguage,
    themes: JSON.stringify(statement.themes), countries: JSON.stringify(statement.countries), created_at: statement.createdAt,
    published_at: statement.publishedAt, hidden_at: statement.hidden?.at ?? null, hidden_reason: statement.hidden?.reason ?? null,
  }).execute();
}

/** Kind, themes and countries of a draft; a published statement keeps them (they are part of what was published). */
export async function updateDraftDetails(db: Transaction, statement: Pick<Statement, 'id' | 'kind' | 'originalLanguage' | 'themes' | 'countries'>): Promise<void> {
  await db.updateTable('statements').set({
    kind: statement.kind, original_language: statement.originalLanguage, themes: JSON.stringify(statement.themes),
    countries: JSON.stringify(statement.countries),
  }).where('id', '=', statement.id).where('published_at', 'is', null).execute();
}

/**
 * Serialises changes to one statement (publication, versions, signatures): each re-issues the signed files from
 * what it reads, and two at once must not each sign a list missing the other's change. SQLite runs one
 * transaction at a time already; PostgreSQL locks the statement's row until commit. Returns the statement as locked.
 */
export async function lockStatement(trx: Transaction, id: string): Promise<Statement | undefined> {
  if (trx.getExecutor().adapter instanceof PostgresAdapter) await sql`select id from statements where id = ${id} for update`.execute(trx);
  return findStatement(trx, id);
}

export async function findStatement(db: Executor, id: string): Promise<Statement | undefined> {
  const row = await db.selectFrom('statements').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toStatement(row);
}

/** Sets the publication time once; false when the statement was already published (another coordinator was first). */
export async function markPublished(db: Transaction, id: string, publishedAt: string): Promise<boolean> {
  const result = await db.updateTable('statements').set({ published_at: publishedAt }).where('id', '=', id).where('published_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function listNetworkStatements(db: Executor, networkId: string): Promise<Statement[]> {
  const rows = await db.selectFrom('statements').selectAll().where('network_id', '=', networkId).orderBy('created_at', 'desc').orderBy('id').execute();
  return rows.map(toStatement);
}

/** Sets or clears the moderators' hiding of a published statement; false when nothing changed (already so, or a draft). */
export async function setStatementHidden(db: Transaction, id: string, hidden: { at: string; reason: string } | null): Promise<boolean> {
  const result = await db.updateTable('statements').set({ hidden_at: hidden?.at ?? null, hidden_reason: hidden?.reason ?? null })
    .where('id', '=', id).where('published_at', 'is not', null).where('hidden_at', hidden ? 'is' : 'is not', null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The published statements of these networks (hidden or not): what their coordinators answer for. */
export async function publishedStatementIdsOf(db: Executor, networkIds: readonly string[]): Promise<string[]> {
  if (networkIds.length === 0) return [];
  const rows = await db.selectFrom('statements').select('id').where('network_id', 'in', networkIds).where('published_at', 'is not', null)
    .orderBy('id').execute();
  return rows.map((row) => row.id);
}

/** Published statements not hidden, newest first, a page at a time (one more than asked, so the caller knows a next page exists). */
export async function listPublishedStatements(db: Executor, limit: number, offset: number): Promise<Statement[]> {
  const rows = await db.selectFrom('statements').selectAll().where('published_at', 'is not', null).where('hidden_at', 'is', null)
    .orderBy('published_at', 'desc').orderBy('id').limit(limit).offset(offset).execute();
  return rows.map(toStatement);
}

export async function insertVersion(db: Executor, version: StatementVersion): Promise<void> {
  await db.insertInto('statement_versions').values({
    statement_id: version.statementId, version: version.version, language: version.language, title: version.title,
    text: version.text, created_at: version.createdAt,
  }).execute();
}

/** A draft's text is edited in place: only published words need keeping. */
export async function updateDraftVersion(db: Transaction, version: StatementVersion): Promise<void> {
  await db.updateTable('statement_versions').set({ language: version.language, title: version.title, text: version.text })
    .where('statement_id', '=', version.statementId).where('version', '=', version.version).execute();
}

export async function listVersions(db: Executor, statementIds: readonly string[]): Promise<StatementVersion[]> {
  if (statementIds.length === 0) return [];
  const rows = await db.selectFrom('statement_versions').selectAll().where('statement_id', 'in', statementIds)
    .orderBy('statement_id').orderBy('version').execute();
  return rows.map(toVersion);
}

/** The next version number; the (statement, version) primary key refuses a number taken by a concurrent writer. */
export async function nextVersionNumber(db: Transaction, statementId: string): Promise<number> {
  const row = await db.selectFrom('statement_versions').select((eb) => eb.fn.max('version').as('latest'))
    .where('statement_id', '=', statementId).executeTakeFirst();
  return Number(row?.latest ?? 0) + 1;
}
