// Gathers the facts about the person looking that visibility depends on: their organisations (and whether one is
// verified), the networks those belong to, and whether they are a platform staff administrator.
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/database.ts';
import type { NetworkLinks } from './network-links.ts';
import { membershipsOfMember } from './organisation-members.repository.ts';
import { anonymousViewer, type Viewer } from './visibility.ts';

export interface Looker {
  memberId: string | null;
  /** The staff role of a signed-in staff member, or null. */
  staffRole: string | null;
}

export async function loadViewer(db: Db, links: NetworkLinks, looker: Looker): Promise<Viewer> {
  const staffAdministrator = looker.staffRole === 'admin';
  if (!looker.memberId) return staffAdministrator ? { ...anonymousViewer, staffAdministrator } : anonymousViewer;
  const memberships = await membershipsOfMember(db, looker.memberId);
  const organisationIds = memberships.map((m) => m.organisationId);
  const networks = await links.networkIdsOf(db, organisationIds);
  return {
    memberId: looker.memberId,
    organisationIds: new Set(organisationIds),
    adminOf: new Set(memberships.filter((m) => m.role === 'admin').map((m) => m.organisationId)),
    memberOfVerifiedOrganisation: memberships.some((m) => m.verified),
    networkIds: new Set([...networks.values()].flat()),
    staffAdministrator,
  };
}

const viewers = new WeakMap<FastifyRequest, Promise<Viewer>>();

/** The viewer behind a request, loaded once per request however many organisations the page shows. */
export function viewerOf(db: Db, links: NetworkLinks, request: FastifyRequest): Promise<Viewer> {
  let viewer = viewers.get(request);
  if (!viewer) {
    viewer = loadViewer(db, links, { memberId: request.member?.id ?? null, staffRole: request.staff?.role ?? null });
    viewers.set(request, viewer);
  }
  return viewer;
}
