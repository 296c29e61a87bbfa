// The organisations a member may post an initiative for: those they belong to, except organisations in at-risk
// mode, whose names must not appear on public pages.
import type { Db } from '../../db/database.ts';
import { findOrganisations, membershipsOfMember } from '../organisations/index.ts';

export async function organisationsToSignFor(db: Db, memberId: string): Promise<{ id: string; name: string }[]> {
  const memberships = await membershipsOfMember(db, memberId);
  const organisations = await findOrganisations(db, memberships.map((membership) => membership.organisationId));
  return organisations.filter((organisation) => organisation.atRiskMode === 'off').map(({ id, name }) => ({ id, name }));
}
