// SQL for who is in a network: member organisations, coordinators and pending invitations and join requests.
import type { Db, Transaction } from '../../db/database.ts';
import type { ApplicationDirection, Coordinator, NetworkApplication, NetworkRemoval } from './network.ts';

type Executor = Db | Transaction;

export async function insertNetworkOrganisation(db: Executor, networkId: string, organisationId: string, joinedAt: string): Promise<void> {
  await db.insertInto('network_organisations').values({ network_id: networkId, organisation_id: organisationId, joined_at: joinedAt }).execute();
}

export async function deleteNetworkOrganisation(db: Executor, networkId: string, organisationId: string): Promise<void> {
  await db.deleteFrom('network_organisations').where('network_id', '=', networkId).where('organisation_id', '=', organisationId).execute();
}

export async function listNetworkOrganisationIds(db: Executor, networkId: string): Promise<string[]> {
  const rows = await db.selectFrom('network_organisations').select('organisation_id').where('network_id', '=', networkId).orderBy('joined_at').execute();
  return rows.map((row) => row.organisation_id);
}

/** Network ids per organisation, for the given organisations. */
export async function networkIdsOfOrganisations(db: Executor, organisationIds: readonly string[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  if (organisationIds.length === 0) return result;
  const rows = await db.selectFrom('network_organisations').select(['network_id', 'organisation_id'])
    .where('organisation_id', 'in', [...organisationIds]).execute();
  for (const row of rows) result.set(row.organisation_id, [...(result.get(row.organisation_id) ?? []), row.network_id]);
  return result;
}

export async function isOrganisationInNetwork(db: Executor, networkId: string, organisationId: string): Promise<boolean> {
  const row = await db.selectFrom('network_organisations').select('organisation_id')
    .where('network_id', '=', networkId).where('organisation_id', '=', organisationId).executeTakeFirst();
  return row !== undefined;
}

/** The member organisations (in this network) a member belongs to. */
export async function memberOrganisationsInNetwork(db: Executor, networkId: string, memberId: string): Promise<string[]> {
  const rows = await db.selectFrom('network_organisations')
    .innerJoin('organisation_members', 'organisation_members.organisation_id', 'network_organisations.organisation_id')
    .select('network_organisations.organisation_id')
    .where('network_organisations.network_id', '=', networkId).where('organisation_members.member_id', '=', memberId)
    .orderBy('network_organisations.joined_at').execute();
  return rows.map((row) => row.organisation_id);
}

/** Networks a member belongs to through any of their organisations. */
export async function networkIdsOfMember(db: Executor, memberId: string): Promise<string[]> {
  const rows = await db.selectFrom('network_organisations')
    .innerJoin('organisation_members', 'organisation_members.organisation_id', 'network_organisations.organisation_id')
    .select('network_organisations.network_id').distinct()
    .where('organisation_members.member_id', '=', memberId).execute();
  return rows.map((row) => row.network_id);
}

const toCoordinator = (row: { network_id: string; member_id: string; organisation_id: string; appointed_at: string }): Coordinator => ({
  networkId: row.network_id, memberId: row.member_id, organisationId: row.organisation_id, appointedAt: row.appointed_at,
});

export async function insertCoordinator(db: Executor, coordinator: Coordinator): Promise<void> {
  await db.insertInto('network_coordinators').values({
    network_id: coordinator.networkId, member_id: coordinator.memberId, organisation_id: coordinator.organisationId, appointed_at: coordinator.appointedAt,
  }).execute();
}

export async function deleteCoordinator(db: Executor, networkId: string, memberId: string): Promise<void> {
  await db.deleteFrom('network_coordinators').where('network_id', '=', networkId).where('member_id', '=', memberId).execute();
}

export async function listCoordinators(db: Executor, networkId: string): Promise<Coordinator[]> {
  const rows = await db.selectFrom('network_coordinators').selectAll().where('network_id', '=', networkId).orderBy('appointed_at').orderBy('member_id').execute();
  return rows.map(toCoordinator);
}

/** Coordinatorships a member holds through one organisation (leaving it ends them). */
export async function coordinatorshipsThrough(db: Executor, organisationId: string, memberId?: string): Promise<Coordinator[]> {
  let query = db.selectFrom('network_coordinators').selectAll().where('organisation_id', '=', organisationId);
  if (memberId) query = query.where('member_id', '=', memberId);
  return (await query.execute()).map(toCoordinator);
}

export async function isCoordinatorOf(db: Executor, networkId: string, memberId: string): Promise<boolean> {
  const row = await db.selectFrom('network_coordinators').select('member_id')
    .where('network_id', '=', networkId).where('member_id', '=', memberId).executeTakeFirst();
  return row !== undefined;
}

const toApplication = (row: { network_id: string; organisation_id: string; direction: string; asked_by: string | null; created_at: string }): NetworkApplication => ({
  networkId: row.network_id, organisationId: row.organisation_id, direction: row.direction as ApplicationDirection, askedBy: row.asked_by, createdAt: row.created_at,
});

export async function insertApplication(db: Executor, application: NetworkApplication): Promise<void> {
  await db.insertInto('network_applications').values({
    network_id: application.networkId, organisation_id: application.organisationId, direction: application.direction,
    asked_by: application.askedBy, created_at: application.createdAt,
  }).execute();
}

export async function findApplication(db: Executor, networkId: string, organisationId: string): Promise<NetworkApplication | undefined> {
  const row = await db.selectFrom('network_applications').selectAll()
    .where('network_id', '=', networkId).where('organisation_id', '=', organisationId).executeTakeFirst();
  return row && toApplication(row);
}

export async function deleteApplication(db: Executor, networkId: string, organisationId: string): Promise<boolean> {
  const result = await db.deleteFrom('network_applications').where('network_id', '=', networkId).where('organisation_id', '=', organisationId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Every pending invitation and join request of one organisation, in any network. */
export async function deleteApplicationsOf(db: Executor, organisationId: string): Promise<void> {
  await db.deleteFrom('network_applications').where('organisation_id', '=', organisationId).execute();
}

export async function listApplications(db: Executor, where: { networkId: string } | { organisationIds: readonly string[] }): Promise<NetworkApplication[]> {
  let query = db.selectFrom('network_applications').selectAll();
  if ('networkId' in where) query = query.where('network_id', '=', where.networkId);
  else if (where.organisationIds.length === 0) return [];
  else query = query.where('organisation_id', 'in', [...where.organisationIds]);
  return (await query.orderBy('created_at').execute()).map(toApplication);
}

export async function networkIdsCoordinatedBy(db: Executor, memberId: string): Promise<string[]> {
  const rows = await db.selectFrom('network_coordinators').select('network_id').where('member_id', '=', memberId).execute();
  return rows.map((row) => row.network_id);
}

export async function insertRemoval(db: Executor, removal: { id: string; networkId: string; organisationId: string; reason: string; removedBy: string; removedAt: string }): Promise<void> {
  await db.insertInto('network_removals').values({
    id: removal.id, network_id: removal.networkId, organisation_id: removal.organisationId, reason: removal.reason,
    removed_by: removal.removedBy, removed_at: removal.removedAt,
  }).execute();
}

/** Removals of an organisation from networks, newest first, with each network's name. */
export async function listRemovals(db: Executor, organisationId: string): Promise<NetworkRemoval[]> {
  const rows = await db.selectFrom('network_removals').innerJoin('networks', 'networks.id', 'network_removals.network_id')
    .select(['network_removals.network_id', 'networks.name', 'network_removals.reason', 'network_removals.removed_at'])
    .where('network_removals.organisation_id', '=', organisationId).orderBy('network_removals.removed_at', 'desc').execute();
  return rows.map((row) => ({ networkId: row.network_id, networkName: row.name, reason: row.reason, removedAt: row.removed_at }));
}
