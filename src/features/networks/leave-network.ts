// An organisation's administrator takes it out of a network. Its members' coordination ends with it; the network
// must keep a coordinator, so the organisation of the last coordinators hands over first (network-departure.ts).
import type { Db } from '../../db/database.ts';
import { findMembership } from '../organisations/index.ts';
import { takeOutOfNetwork } from './network-departure.ts';
import { isOrganisationInNetwork } from './network-membership.repository.ts';
import { lockNetwork } from './networks.repository.ts';

export type LeaveNetworkOutcome = 'left' | 'last-coordinator' | 'not-found';

export async function leaveNetwork(db: Db, actorId: string, networkId: string, organisationId: string): Promise<LeaveNetworkOutcome> {
  return db.transaction().execute(async (trx) => {
    await lockNetwork(trx, networkId);
    if ((await findMembership(trx, organisationId, actorId))?.role !== 'admin') return 'not-found';
    if (!(await isOrganisationInNetwork(trx, networkId, organisationId))) return 'not-found';
    return (await takeOutOfNetwork(trx, networkId, organisationId)) === 'out' ? 'left' : 'last-coordinator';
  });
}
