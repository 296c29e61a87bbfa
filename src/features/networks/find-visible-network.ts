// Whether a viewer may see a network: a public one, anyone; a private one, only members of its organisations,
// organisations it has invited (so their administrators can decide) and platform staff administrators. Others
// get the same "not available" page as for a network that does not exist.
import type { Db } from '../../db/database.ts';
import type { Viewer } from '../organisations/index.ts';
import type { Network } from './network.ts';
import { listApplications } from './network-membership.repository.ts';
import { findNetwork } from './networks.repository.ts';

export async function findVisibleNetwork(db: Db, viewer: Viewer, networkId: string): Promise<Network | undefined> {
  const network = await findNetwork(db, networkId);
  if (!network) return undefined;
  if (network.visibility === 'public' || viewer.networkIds.has(network.id) || viewer.staffAdministrator) return network;
  const invited = await listApplications(db, { organisationIds: [...viewer.organisationIds] });
  return invited.some((a) => a.networkId === network.id && a.direction === 'invitation') ? network : undefined;
}

/** A person's chosen name, unless they are at risk and the viewer shares no organisation with them. */
export function personNameFor(viewer: Viewer, person: { displayName: string; atRisk: boolean; organisationIds: readonly string[] }): string | null {
  if (!person.atRisk) return person.displayName;
  return person.organisationIds.some((id) => viewer.organisationIds.has(id)) ? person.displayName : null;
}
