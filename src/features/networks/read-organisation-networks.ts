// An organisation's networks page: the networks it belongs to that the viewer may see, its pending invitations
// and requests and the removals by coordinators with their reasons (for its administrators), and the networks the viewer coordinates that could invite it.
import type { Db } from '../../db/database.ts';
import type { AudiencedOrganisation, Viewer } from '../organisations/index.ts';
import type { Network, NetworkRemoval } from './network.ts';
import { listApplications, listRemovals, networkIdsCoordinatedBy } from './network-membership.repository.ts';
import { findNetworks } from './networks.repository.ts';

export interface OrganisationNetworks {
  networks: Network[];
  /** For the organisation's administrators; empty for anyone else. */
  invitations: Network[];
  requests: Network[];
  /** For the organisation's administrators: networks whose coordinators removed it, and why. */
  removals: NetworkRemoval[];
  /** Networks the viewer coordinates that neither hold nor have asked this organisation. */
  mayInviteTo: Network[];
}

export async function readOrganisationNetworks(db: Db, viewer: Viewer, organisation: AudiencedOrganisation): Promise<OrganisationNetworks> {
  const member = await findNetworks(db, organisation.networkIds);
  const networks = member.filter((n) => n.visibility === 'public' || viewer.networkIds.has(n.id) || viewer.staffAdministrator);
  const applications = await listApplications(db, { organisationIds: [organisation.id] });
  const admin = viewer.adminOf.has(organisation.id);
  const pending = await findNetworks(db, applications.map((a) => a.networkId));
  const direction = (network: Network) => applications.find((a) => a.networkId === network.id)?.direction;
  const coordinated = viewer.memberId ? await findNetworks(db, await networkIdsCoordinatedBy(db, viewer.memberId)) : [];
  return {
    networks,
    invitations: admin ? pending.filter((n) => direction(n) === 'invitation') : [],
    requests: admin ? pending.filter((n) => direction(n) === 'request') : [],
    removals: admin ? await listRemovals(db, organisation.id) : [],
    mayInviteTo: coordinated.filter((n) => !organisation.networkIds.includes(n.id) && !direction(n)),
  };
}
