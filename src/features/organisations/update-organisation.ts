// An organisation's administrator changes its profile and at-risk mode. A new name ends a verification (staff
// verified the organisation under its old name; a rename must not carry the mark to someone else's name).
import type { Db } from '../../db/database.ts';
import { newId } from '../../platform/tokens.ts';
import type { Organisation } from './organisation.ts';
import type { OrganisationDetails } from './organisation-form.ts';
import { findMembership } from './organisation-members.repository.ts';
import { syncOrganisationSearch } from './search-presence.ts';
import { findOrganisation, updateOrganisation } from './organisations.repository.ts';
import { insertVerificationNote } from './verification.repository.ts';

export type UpdateOrganisationOutcome = { kind: 'updated'; organisation: Organisation; verificationLapsed: boolean } | { kind: 'not-found' };

export async function updateOrganisationDetails(db: Db, actorId: string, organisationId: string, details: OrganisationDetails, now: Date): Promise<UpdateOrganisationOutcome> {
  return db.transaction().execute(async (trx) => {
    const [existing, membership] = await Promise.all([findOrganisation(trx, organisationId), findMembership(trx, organisationId, actorId)]);
    if (!existing || membership?.role !== 'admin') return { kind: 'not-found' } as const;
    const verificationLapsed = existing.verifiedAt !== null && existing.name !== details.name;
    const organisation: Organisation = { ...existing, ...details, verifiedAt: verificationLapsed ? null : existing.verifiedAt };
    await updateOrganisation(trx, organisation, now.toISOString());
    await syncOrganisationSearch(trx, organisation, now.toISOString());
    if (verificationLapsed) {
      await insertVerificationNote(trx, {
        id: newId(), organisationId, staffId: null, at: now.toISOString(), outcome: 'lapsed', evidence: existing.name,
      });
    }
    return { kind: 'updated', organisation, verificationLapsed } as const;
  });
}
