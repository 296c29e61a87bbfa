// A signed-in member opens an invitation link and joins. The link works once: accepting deletes it (and with it
// the email address it was sent to). Whoever holds the link may accept it, as with any emailed invitation.
import type { Db } from '../../db/database.ts';
import { hashToken } from '../../platform/tokens.ts';
import type { Organisation } from './organisation.ts';
import { deleteInvitation, findInvitationByTokenHash, findMembership, insertMembership } from './organisation-members.repository.ts';
import { findOrganisation } from './organisations.repository.ts';

export type InvitationLookup = { kind: 'valid'; organisation: Organisation; invitationId: string } | { kind: 'not-found' };

/** The invitation behind a link, if it is still valid. */
export async function findValidInvitation(db: Db, token: string, now: Date): Promise<InvitationLookup> {
  const invitation = await findInvitationByTokenHash(db, hashToken(token));
  if (!invitation || invitation.expiresAt <= now.toISOString()) return { kind: 'not-found' };
  const organisation = await findOrganisation(db, invitation.organisationId);
  return organisation ? { kind: 'valid', organisation, invitationId: invitation.id } : { kind: 'not-found' };
}

export type AcceptOutcome = { kind: 'joined' | 'already-member'; organisationId: string } | { kind: 'not-found' };

export async function acceptInvitation(db: Db, token: string, memberId: string, now: Date): Promise<AcceptOutcome> {
  return db.transaction().execute(async (trx) => {
    const invitation = await findInvitationByTokenHash(trx, hashToken(token));
    if (!invitation || invitation.expiresAt <= now.toISOString()) return { kind: 'not-found' } as const;
    // Deleting first makes a second, concurrent acceptance of the same link find nothing.
    if (!(await deleteInvitation(trx, invitation.organisationId, invitation.id))) return { kind: 'not-found' } as const;
    const organisationId = invitation.organisationId;
    if (await findMembership(trx, organisationId, memberId)) return { kind: 'already-member', organisationId } as const;
    await insertMembership(trx, { organisationId, memberId, role: 'member', joinedAt: now.toISOString() });
    return { kind: 'joined', organisationId } as const;
  });
}

/** An administrator withdraws a pending invitation: its link stops working and its address is deleted. */
export async function withdrawInvitation(db: Db, actorId: string, organisationId: string, invitationId: string): Promise<boolean> {
  const actor = await findMembership(db, organisationId, actorId);
  if (actor?.role !== 'admin') return false;
  return deleteInvitation(db, organisationId, invitationId);
}
