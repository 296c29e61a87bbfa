// The people of a network (members of its member organisations) with the name they chose and their at-risk flag,
// read from the members and organisations features' tables (this feature's view of them): coordinator lists and
// the choice of a new coordinator need them.
import type { Db, Transaction } from '../../db/database.ts';

export interface NetworkPerson {
  memberId: string;
  displayName: string;
  atRisk: boolean;
  /** The member organisations (of this network) they belong to. */
  organisationIds: string[];
}

export async function listNetworkPeople(db: Db | Transaction, networkId: string): Promise<NetworkPerson[]> {
  const rows = await db.selectFrom('network_organisations')
    .innerJoin('organisation_members', 'organisation_members.organisation_id', 'network_organisations.organisation_id')
    .innerJoin('members', 'members.id', 'organisation_members.member_id')
    .select(['members.id', 'members.display_name', 'members.at_risk', 'network_organisations.organisation_id'])
    .where('network_organisations.network_id', '=', networkId)
    .orderBy('members.display_name').orderBy('members.id').execute();
  const people = new Map<string, NetworkPerson>();
  for (const row of rows) {
    const person = people.get(row.id) ?? { memberId: row.id, displayName: row.display_name, atRisk: Number(row.at_risk) === 1, organisationIds: [] };
    person.organisationIds.push(row.organisation_id);
    people.set(row.id, person);
  }
  return [...people.values()];
}
