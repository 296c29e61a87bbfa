// A member's standing in a statement's network, and the network as the statement's issuer, through the networks
// feature's index.
import type { Db } from '../../db/database.ts';
import { findNetwork, isCoordinator, isNetworkMember } from '../networks/index.ts';
import { outsider, type NetworkStanding } from './statement.policy.ts';

export async function standingIn(db: Db, networkId: string, memberId: string | undefined): Promise<NetworkStanding> {
  if (!memberId) return outsider;
  const [member, coordinator] = await Promise.all([isNetworkMember(db, networkId, memberId), isCoordinator(db, networkId, memberId)]);
  return { member, coordinator };
}

/** Who issues a statement, as the public may read it: a public network by name; a private one is not named. */
export interface Issuer {
  networkId: string;
  name: string | null;
}

export async function issuerOf(db: Db, networkId: string): Promise<Issuer> {
  const network = await findNetwork(db, networkId);
  return { networkId, name: network?.visibility === 'public' ? network.name : null };
}

/** The network's name for its own members (private or not), or undefined when there is no such network. */
export async function networkNameFor(db: Db, networkId: string): Promise<string | undefined> {
  return (await findNetwork(db, networkId))?.name;
}
