// What other features ask about networks (threads, statements, moderation): is this member in the network, do
// they coordinate it, which networks are theirs.
import type { Db, Transaction } from '../../db/database.ts';
import type { Network } from './network.ts';
import { isCoordinatorOf, memberOrganisationsInNetwork, networkIdsCoordinatedBy, networkIdsOfMember } from './network-membership.repository.ts';
import { findNetworks } from './networks.repository.ts';

/** Whether the member belongs to one of the network's member organisations. */
export async function isNetworkMember(db: Db | Transaction, networkId: string, memberId: string): Promise<boolean> {
  return (await memberOrganisationsInNetwork(db, networkId, memberId)).length > 0;
}

/** Whether the member coordinates the network. */
export async function isCoordinator(db: Db | Transaction, networkId: string, memberId: string): Promise<boolean> {
  return isCoordinatorOf(db, networkId, memberId);
}

/** The ids of the networks the member coordinates now (a coordinator's place goes when their organisation leaves). */
export function networkIdsCoordinatedByMember(db: Db | Transaction, memberId: string): Promise<string[]> {
  return networkIdsCoordinatedBy(db, memberId);
}

/** The networks the member belongs to through any of their organisations, by name. */
export async function networksOfMember(db: Db | Transaction, memberId: string): Promise<Network[]> {
  return findNetworks(db, await networkIdsOfMember(db, memberId));
}
