// SQL for organisations themselves. Lists of codes are JSON text; a filter on one code matches its quoted form.
import { PostgresAdapter, sql } from 'kysely';
import type { Db, Transaction } from '../../db/database.ts';
import type { Theme } from '../../platform/vocabulary/solidarity-vocabulary.ts';
import type { AtRiskMode, Organisation, OrganisationKind } from './organisation.ts';
import type { OrganisationsTable } from './organisations.table.ts';

type Executor = Db | Transaction;

function toOrganisation(row: OrganisationsTable): Organisation {
  return {
    id: row.id, name: row.name, kind: row.kind as OrganisationKind, countries: JSON.parse(row.countries) as string[],
    themes: JSON.parse(row.themes) as Theme[], languages: JSON.parse(row.languages) as string[], description: row.description,
    website: row.website, atRiskMode: row.at_risk_mode as AtRiskMode, verifiedAt: row.verified_at, createdAt: row.created_at,
    hidden: row.hidden_at ? { at: row.hidden_at, reason: row.hidden_reason ?? '' } : null,
  };
}

/** The columns a profile write sets: never the hidden ones, which only moderation changes (setHidden). */
function toRow(organisation: Organisation, updatedAt: string): Omit<OrganisationsTable, 'hidden_at' | 'hidden_reason'> {
  return {
    id: organisation.id, name: organisation.name, kind: organisation.kind, countries: JSON.stringify(organisation.countries),
    themes: JSON.stringify(organisation.themes), languages: JSON.stringify(organisation.languages),
    description: organisation.description, website: organisation.website, at_risk_mode: organisation.atRiskMode,
    verified_at: organisation.verifiedAt, created_at: organisation.createdAt, updated_at: updatedAt,
  };
}

/**
 * Serialises changes to one organisation's members, so two administrators stepping down at once cannot both see
 * "another admin remains". SQLite runs one write transaction at a time already; PostgreSQL locks the row.
 */
export async function lockOrganisation(trx: Transaction, organisationId: string): Promise<void> {
  if (!(trx.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`select id from organisations where id = ${organisationId} for update`.execute(trx);
}

export async function insertOrganisation(db: Executor, organisation: Organisation): Promise<void> {
  await db.insertInto('organisations').values(toRow(organisation, organisation.createdAt)).execute();
}

export async function updateOrganisation(db: Executor, organisation: Organisation, updatedAt: string): Promise<void> {
  const { id: _id, created_at: _created, ...changes } = toRow(organisation, updatedAt);
  await db.updateTable('organisations').set(changes).where('id', '=', organisation.id).execute();
}

export async function setVerifiedAt(db: Executor, organisationId: string, verifiedAt: string | null): Promise<void> {
  await db.updateTable('organisations').set({ verified_at: verifiedAt }).where('id', '=', organisationId).execute();
}

/** Hides (with a reason) or shows the profile; false when nothing changed (already so, or no such organisation). */
export async function setHidden(db: Executor, organisationId: string, hidden: { at: string; reason: string } | null): Promise<boolean> {
  const result = await db.updateTable('organisations').set({ hidden_at: hidden?.at ?? null, hidden_reason: hidden?.reason ?? null })
    .where('id', '=', organisationId).where('hidden_at', hidden ? 'is' : 'is not', null).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Deletes the organisation's row; its members, invitations, verification notes, network memberships and (withdrawn)
 * signatures go with it through their foreign keys' ON DELETE CASCADE, on both engines.
 */
export async function deleteOrganisationRow(trx: Transaction, organisationId: string): Promise<boolean> {
  const result = await trx.deleteFrom('organisations').where('id', '=', organisationId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export interface OrganisationDeletion {
  organisationId: string;
  deletedBy: string | null;
  deletedAt: string;
  signaturesWithdrawn: number;
}

export async function insertDeletion(trx: Transaction, deletion: OrganisationDeletion): Promise<void> {
  await trx.insertInto('organisation_deletions').values({
    organisation_id: deletion.organisationId, deleted_by: deletion.deletedBy, deleted_at: deletion.deletedAt, signatures_withdrawn: deletion.signaturesWithdrawn,
  }).execute();
}

export async function findDeletion(db: Executor, organisationId: string): Promise<OrganisationDeletion | undefined> {
  const row = await db.selectFrom('organisation_deletions').selectAll().where('organisation_id', '=', organisationId).executeTakeFirst();
  return row && { organisationId: row.organisation_id, deletedBy: row.deleted_by, deletedAt: row.deleted_at, signaturesWithdrawn: Number(row.signatures_withdrawn) };
}

export async function findOrganisation(db: Executor, id: string): Promise<Organisation | undefined> {
  const row = await db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toOrganisation(row);
}

export async function findOrganisations(db: Executor, ids: readonly string[]): Promise<Organisation[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('organisations').selectAll().where('id', 'in', [...ids]).orderBy('name').orderBy('id').execute();
  return rows.map(toOrganisation);
}

export interface OrganisationFilters {
  country?: string | undefined;
  theme?: string | undefined;
  kind?: string | undefined;
  /** Only these at-risk modes (the directory asks for `off` only when the viewer sees nothing more). */
  atRiskModes?: readonly AtRiskMode[];
  /** Only verified (true) or only unverified (false) organisations. */
  verified?: boolean;
  /** Leave out profiles moderators hid. */
  shownOnly?: boolean;
}

export async function listOrganisations(db: Executor, filters: OrganisationFilters = {}, limit = 500): Promise<Organisation[]> {
  let query = db.selectFrom('organisations').selectAll();
  if (filters.country) query = query.where('countries', 'like', `%"${filters.country}"%`);
  if (filters.theme) query = query.where('themes', 'like', `%"${filters.theme}"%`);
  if (filters.kind) query = query.where('kind', '=', filters.kind);
  if (filters.atRiskModes) query = query.where('at_risk_mode', 'in', [...filters.atRiskModes]);
  if (filters.verified !== undefined) query = query.where('verified_at', filters.verified ? 'is not' : 'is', null);
  if (filters.shownOnly) query = query.where('hidden_at', 'is', null);
  const rows = await query.orderBy('name').orderBy('id').limit(limit).execute();
  return rows.map(toOrganisation);
}
