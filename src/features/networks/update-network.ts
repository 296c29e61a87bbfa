// A coordinator changes the network's description, scope, themes, countries or visibility.
import type { Db } from '../../db/database.ts';
import type { NetworkDetails } from './network-form.ts';
import { isCoordinatorOf } from './network-membership.repository.ts';
import { findNetwork, updateNetwork } from './networks.repository.ts';

export async function updateNetworkDetails(db: Db, actorId: string, networkId: string, details: NetworkDetails, now: Date): Promise<'updated' | 'not-found'> {
  return db.transaction().execute(async (trx) => {
    const network = await findNetwork(trx, networkId);
    if (!network || !(await isCoordinatorOf(trx, networkId, actorId))) return 'not-found';
    await updateNetwork(trx, { ...network, ...details }, now.toISOString());
    return 'updated';
  });
}
