// SQL for networks themselves. Themes and countries are JSON text, as for organisations.
import { PostgresAdapter, sql } from 'kysely';
import type { Db, Transaction } from '../../db/database.ts';
import type { Theme } from '../../platform/vocabulary/solidarity-vocabulary.ts';
import type { Network, NetworkScope, NetworkVisibility } from './network.ts';
import type { NetworksTable } from './networks.table.ts';

type Executor = Db | Transaction;

function toNetwork(row: NetworksTable): Network {
  return {
    id: row.id, name: row.name, scope: row.scope as NetworkScope, themes: JSON.parse(row.themes) as Theme[],
    countries: JSON.parse(row.countries) as string[], visibility: row.visibility as NetworkVisibility, description: row.description,
    createdAt: row.created_at,
  };
}

/**
 * Serialises membership changes of one network, so two coordinators stepping down at once cannot both see
 * "another coordinator remains". SQLite runs one write transaction at a time already; PostgreSQL locks the row.
 */
export async function lockNetwork(trx: Transaction, networkId: string): Promise<void> {
  if (!(trx.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`select id from networks where id = ${networkId} for update`.execute(trx);
}

export async function insertNetwork(db: Executor, network: Network): Promise<void> {
  await db.insertInto('networks').values({
    id: network.id, name: network.name, scope: network.scope, themes: JSON.stringify(network.themes), countries: JSON.stringify(network.countries),
    visibility: network.visibility, description: network.description, created_at: network.createdAt, updated_at: network.createdAt,
  }).execute();
}

export async function updateNetwork(db: Executor, network: Network, updatedAt: string): Promise<void> {
  await db.updateTable('networks').set({
    name: network.name, scope: network.scope, themes: JSON.stringify(network.themes), countries: JSON.stringify(network.countries),
    visibility: network.visibility, description: network.description, updated_at: updatedAt,
  }).where('id', '=', network.id).execute();
}

export async function findNetwork(db: Executor, id: string): Promise<Network | undefined> {
  const row = await db.selectFrom('networks').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toNetwork(row);
}

export async function findNetworks(db: Executor, ids: readonly string[]): Promise<Network[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('networks').selectAll().where('id', 'in', [...ids]).orderBy('name').orderBy('id').execute();
  return rows.map(toNetwork);
}

export interface NetworkFilters {
  theme?: string | undefined;
  country?: string | undefined;
  scope?: string | undefined;
}

/** Public networks, and the private ones among `privateIds` (the viewer's own). */
export async function listNetworks(db: Executor, filters: NetworkFilters, privateIds: readonly string[], limit = 500): Promise<Network[]> {
  let query = db.selectFrom('networks').selectAll().where((eb) => eb.or([
    eb('visibility', '=', 'public'),
    ...(privateIds.length ? [eb('id', 'in', [...privateIds])] : []),
  ]));
  if (filters.theme) query = query.where('themes', 'like', `%"${filters.theme}"%`);
  if (filters.country) query = query.where('countries', 'like', `%"${filters.country}"%`);
  if (filters.scope) query = query.where('scope', '=', filters.scope);
  const rows = await query.orderBy('name').orderBy('id').limit(limit).execute();
  return rows.map(toNetwork);
}
