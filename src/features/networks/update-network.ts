// A coordinator changes the network's description, scope, themes, countries or visibility.
import type { Db } from '../../db/database.ts';
import type { NetworkDetails } from './network-form.ts';
import { isCoordinatorOf } from './network-membership.repository.ts';
import { reindexNetwork } from './network-search.ts';
import { findNetwork, updateNetwork } from './networks.repository.ts';

export async function updateNetworkDetails(db: Db, actorId: string, networkId: string, details: NetworkDetails, now: Date): Promise<'updated' | 'not-found'> {
  return db.transaction().execute(async (trx) => {
    const network = await findNetwork(trx, networkId);
    if (!network || !(await isCoordinatorOf(trx, networkId, actorId))) return 'not-found';
    const updated = { ...network, ...details };
    await updateNetwork(trx, updated, now.toISOString());
    await reindexNetwork(trx, updated, now.toISOString());
    return 'updated';
  });
}
