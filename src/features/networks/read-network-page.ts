// Everything a network's page shows, as this viewer may see it: member organisations under the names the
// visibility rule allows, counts by place, coordinators, and what the viewer may do (leave, ask, answer, run it).
import type { Db } from '../../db/database.ts';
import { findOrganisations, membershipsOfMember, publicNameOf, withAudience, type PublicName, type Viewer } from '../organisations/index.ts';
import { networkLinks } from './network-links.ts';
import type { Network, NetworkApplication } from './network.ts';
import { countByPlace, type PlaceCounts } from './network-counts.ts';
import { listApplications, listCoordinators, listNetworkOrganisationIds } from './network-membership.repository.ts';
import { listNetworkPeople } from './network-people.repository.ts';
import { personNameFor } from './find-visible-network.ts';

export interface NetworkOrganisationEntry {
  id: string;
  name: PublicName;
  verified: boolean;
}

export interface NamedOrganisation {
  id: string;
  name: string;
}

export interface NetworkPageData {
  network: Network;
  organisations: NetworkOrganisationEntry[];
  counts: PlaceCounts;
  /** Shown to the network's members and staff administrators; null for others. */
  coordinators: { memberId: string; name: string | null }[] | null;
  isCoordinator: boolean;
  /** Whether the viewer belongs to one of the network's organisations: they reach its drafts and discussions. */
  viewerIsMember: boolean;
  /** The viewer's administered organisations: in the network, invited, asking, or free to ask. */
  mine: { inNetwork: NamedOrganisation[]; invited: NamedOrganisation[]; requested: NamedOrganisation[]; free: NamedOrganisation[] };
  /** For coordinators: pending questions both ways, and who may be appointed. */
  coordination: { requests: NetworkOrganisationEntry[]; invitations: NetworkOrganisationEntry[]; candidates: { memberId: string; name: string }[] } | null;
}

export async function readNetworkPage(db: Db, viewer: Viewer, network: Network): Promise<NetworkPageData> {
  const [memberIds, applications, coordinatorRows, people] = await Promise.all([
    listNetworkOrganisationIds(db, network.id), listApplications(db, { networkId: network.id }), listCoordinators(db, network.id), listNetworkPeople(db, network.id),
  ]);
  const pendingIds = applications.map((a) => a.organisationId);
  const organisations = await withAudience(db, networkLinks, await findOrganisations(db, [...memberIds, ...pendingIds]));
  const entry = (id: string): NetworkOrganisationEntry[] => organisations.filter((o) => o.id === id).map((o) => {
    const name = publicNameOf(o, viewer);
    return { id: o.id, name, verified: name.kind === 'name' && o.verifiedAt !== null };
  });
  const members = memberIds.flatMap(entry);
  const isMember = viewer.networkIds.has(network.id);
  const isCoordinator = viewer.memberId !== null && coordinatorRows.some((c) => c.memberId === viewer.memberId);
  const peopleById = new Map(people.map((p) => [p.memberId, p]));
  const nameOf = (memberId: string) => { const person = peopleById.get(memberId); return person ? personNameFor(viewer, person) : null; };
  return {
    network,
    organisations: members,
    counts: countByPlace(organisations.filter((o) => memberIds.includes(o.id)).map((o) => ({ countries: o.countries, nameVisible: publicNameOf(o, viewer).kind === 'name' }))),
    coordinators: isMember || viewer.staffAdministrator ? coordinatorRows.map((c) => ({ memberId: c.memberId, name: nameOf(c.memberId) })) : null,
    isCoordinator,
    viewerIsMember: isMember,
    mine: viewer.memberId ? await mineOf(db, viewer.memberId, memberIds, applications) : { inNetwork: [], invited: [], requested: [], free: [] },
    coordination: isCoordinator ? {
      requests: applications.filter((a) => a.direction === 'request').flatMap((a) => entry(a.organisationId)),
      invitations: applications.filter((a) => a.direction === 'invitation').flatMap((a) => entry(a.organisationId)),
      candidates: people.filter((p) => !coordinatorRows.some((c) => c.memberId === p.memberId))
        .flatMap((p) => { const name = personNameFor(viewer, p); return name ? [{ memberId: p.memberId, name }] : []; }),
    } : null,
  };
}

async function mineOf(db: Db, memberId: string, memberIds: readonly string[], applications: readonly NetworkApplication[]): Promise<NetworkPageData['mine']> {
  const administered = (await membershipsOfMember(db, memberId)).filter((m) => m.role === 'admin').map((m) => ({ id: m.organisationId, name: m.name }));
  const pending = (id: string) => applications.find((a) => a.organisationId === id)?.direction;
  return {
    inNetwork: administered.filter((o) => memberIds.includes(o.id)),
    invited: administered.filter((o) => pending(o.id) === 'invitation'),
    requested: administered.filter((o) => pending(o.id) === 'request'),
    free: administered.filter((o) => !memberIds.includes(o.id) && !pending(o.id)),
  };
}
