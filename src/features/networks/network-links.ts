// The networks side of what organisations need (organisations' NetworkLinks port): which networks organisations
// belong to, ending a departing member's coordination unless they are a network's last coordinator, and taking a
// deleted organisation out of every network on the same terms (network-departure.ts).
import type { NetworkLinks } from '../organisations/index.ts';
import { takeOutOfNetwork } from './network-departure.ts';
import {
  coordinatorshipsThrough, deleteApplicationsOf, deleteCoordinator, listCoordinators, networkIdsOfOrganisations,
} from './network-membership.repository.ts';
import { findNetworks, lockNetwork } from './networks.repository.ts';

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
  async networksOnlyItCoordinates(db, organisationId) {
    const networkIds = [...new Set((await coordinatorshipsThrough(db, organisationId)).map((c) => c.networkId))];
    const alone: string[] = [];
    for (const networkId of networkIds) {
      if ((await listCoordinators(db, networkId)).every((c) => c.organisationId === organisationId)) alone.push(networkId);
    }
    return (await findNetworks(db, alone)).map((n) => ({ id: n.id, name: n.name }));
  },
  async leaveEveryNetwork(trx, organisationId) {
    // Locked in one order, so two deletions (or a deletion and a removal) cannot wait on each other's networks.
    const networkIds = [...((await networkIdsOfOrganisations(trx, [organisationId])).get(organisationId) ?? [])].sort();
    for (const networkId of networkIds) {
      await lockNetwork(trx, networkId);
      if ((await takeOutOfNetwork(trx, networkId, organisationId)) === 'last-coordinator') return 'last-coordinator';
    }
    await deleteApplicationsOf(trx, organisationId);
    return 'left';
  },
};
