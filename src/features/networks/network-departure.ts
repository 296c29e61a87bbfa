// What taking an organisation out of a network means, whoever does it — its administrator leaving, a coordinator
// removing it, the organisation deleting itself: its members' coordination of that network ends with it, and the
// network must keep a coordinator, so the organisation the last coordinators act through cannot go (they hand over
// first). Runs in the caller's transaction, after it has locked the network.
import type { Transaction } from '../../db/database.ts';
import { deleteCoordinator, deleteNetworkOrganisation, listCoordinators } from './network-membership.repository.ts';

export async function takeOutOfNetwork(trx: Transaction, networkId: string, organisationId: string): Promise<'out' | 'last-coordinator'> {
  const coordinators = await listCoordinators(trx, networkId);
  const leaving = coordinators.filter((c) => c.organisationId === organisationId);
  if (leaving.length > 0 && leaving.length === coordinators.length) return 'last-coordinator';
  for (const coordinator of leaving) await deleteCoordinator(trx, networkId, coordinator.memberId);
  await deleteNetworkOrganisation(trx, networkId, organisationId);
  return 'out';
}
