// A member creates an organisation and becomes its first administrator.
import type { Db } from '../../db/database.ts';
import { newId } from '../../platform/tokens.ts';
import type { Organisation } from './organisation.ts';
import type { OrganisationDetails } from './organisation-form.ts';
import { insertMembership } from './organisation-members.repository.ts';
import { reindexOrganisation } from './organisation-search.ts';
import { insertOrganisation } from './organisations.repository.ts';

export async function createOrganisation(db: Db, creatorId: string, details: OrganisationDetails, now: Date): Promise<Organisation> {
  const organisation: Organisation = { id: newId(), ...details, verifiedAt: null, createdAt: now.toISOString(), hidden: null };
  await db.transaction().execute(async (trx) => {
    await insertOrganisation(trx, organisation);
    await insertMembership(trx, { organisationId: organisation.id, memberId: creatorId, role: 'admin', joinedAt: organisation.createdAt });
    await reindexOrganisation(trx, organisation, organisation.createdAt);
  });
  return organisation;
}
