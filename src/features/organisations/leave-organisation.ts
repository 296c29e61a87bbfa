// A member leaves an organisation, or an administrator removes one. Never leaves the organisation without an
// administrator, and never leaves a network without a coordinator (its coordination held through this
// organisation ends with the membership).
import type { Db } from '../../db/database.ts';
import type { NetworkLinks } from './network-links.ts';
import { countAdmins, deleteMembership, findMembership } from './organisation-members.repository.ts';
import { lockOrganisation } from './organisations.repository.ts';

export type LeaveOutcome = { kind: 'left' } | { kind: 'last-admin' } | { kind: 'last-coordinator' } | { kind: 'not-found' };

export async function leaveOrganisation(db: Db, links: NetworkLinks, memberId: string, organisationId: string): Promise<LeaveOutcome> {
  return removeMembership(db, links, organisationId, memberId, memberId);
}

export async function removeMember(db: Db, links: NetworkLinks, actorId: string, organisationId: string, memberId: string): Promise<LeaveOutcome> {
  return removeMembership(db, links, organisationId, memberId, actorId);
}

async function removeMembership(db: Db, links: NetworkLinks, organisationId: string, memberId: string, actorId: string): Promise<LeaveOutcome> {
  return db.transaction().execute(async (trx) => {
    await lockOrganisation(trx, organisationId);
    const [actor, target] = await Promise.all([findMembership(trx, organisationId, actorId), findMembership(trx, organisationId, memberId)]);
    if (!target || !actor || (actorId !== memberId && actor.role !== 'admin')) return { kind: 'not-found' } as const;
    if (target.role === 'admin' && (await countAdmins(trx, organisationId)) <= 1) return { kind: 'last-admin' } as const;
    if ((await links.releaseCoordination(trx, organisationId, memberId)) === 'last-coordinator') return { kind: 'last-coordinator' } as const;
    await deleteMembership(trx, organisationId, memberId);
    return { kind: 'left' } as const;
  });
}
