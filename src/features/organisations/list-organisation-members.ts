// The member list of an organisation, for those who may read it: its own members and staff administrators. The
// name of an at-risk member shows only to their co-members; staff administrators see that such a member exists.
import type { Db } from '../../db/database.ts';
import { listMembersWithNames } from './organisation-members.repository.ts';
import type { Viewer } from './visibility.ts';
import type { MemberRow } from './organisation.ts';

export function seesMembersOf(viewer: Viewer, organisationId: string): boolean {
  return viewer.organisationIds.has(organisationId) || viewer.staffAdministrator;
}

export async function listOrganisationMembers(db: Db, viewer: Viewer, organisationId: string): Promise<MemberRow[] | undefined> {
  if (!seesMembersOf(viewer, organisationId)) return undefined;
  const coMember = viewer.organisationIds.has(organisationId);
  const members = await listMembersWithNames(db, organisationId);
  return members.map((m) => ({
    memberId: m.memberId, role: m.role, joinedAt: m.joinedAt, displayName: m.atRisk && !coMember ? null : m.displayName,
  }));
}
