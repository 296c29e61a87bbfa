// One organisation as a viewer may see it. An organisation the viewer may not see is indistinguishable from one
// that does not exist: the caller answers both with the same "not available" page.
import type { Db } from '../../db/database.ts';
import type { NetworkLinks } from './network-links.ts';
import type { OrganisationRole } from './organisation.ts';
import { withAudience, type AudiencedOrganisation } from './organisation-audience.ts';
import { findMembership } from './organisation-members.repository.ts';
import { findOrganisation } from './organisations.repository.ts';
import { organisationVisibleTo, type Viewer } from './visibility.ts';

export interface VisibleOrganisation {
  organisation: AudiencedOrganisation;
  /** The viewer's role in the organisation, or null. */
  role: OrganisationRole | null;
}

export async function findVisibleOrganisation(db: Db, links: NetworkLinks, viewer: Viewer, organisationId: string): Promise<VisibleOrganisation | undefined> {
  const found = await findOrganisation(db, organisationId);
  if (!found) return undefined;
  const [organisation] = await withAudience(db, links, [found]);
  if (!organisation || !organisationVisibleTo(viewer, organisation)) return undefined;
  const membership = viewer.memberId ? await findMembership(db, organisationId, viewer.memberId) : undefined;
  return { organisation, role: membership?.role ?? null };
}
