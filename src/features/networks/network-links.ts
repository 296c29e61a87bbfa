// The networks side of what organisations need (organisations' NetworkLinks port): which networks organisations
// belong to, and ending a departing member's coordination unless they are a network's last coordinator.
import type { NetworkLinks } from '../organisations/index.ts';
import { coordinatorshipsThrough, deleteCoordinator, listCoordinators, networkIdsOfOrganisations } from './network-membership.repository.ts';
import { lockNetwork } from './networks.repository.ts';

export const networkLinks: NetworkLinks = {
  networkIdsOf: networkIdsOfOrganisations,
  async releaseCoordination(trx, organisationId, memberId) {
    const held = await coordinatorshipsThrough(trx, organisationId, memberId);
    for (const coordinator of held) {
      await lockNetwork(trx, coordinator.networkId);
      if ((await listCoordinators(trx, coordinator.networkId)).length <= 1) return 'last-coordinator';
    }
    for (const coordinator of held) await deleteCoordinator(trx, coordinator.networkId, memberId);
    return 'released';
  },
};
