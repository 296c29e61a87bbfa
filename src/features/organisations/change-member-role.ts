// An administrator makes a member an administrator or an ordinary member. An organisation always keeps an
// administrator: the last one cannot step down (they appoint another first).
import type { Db } from '../../db/database.ts';
import type { OrganisationRole } from './organisation.ts';
import { countAdmins, findMembership, setMembershipRole } from './organisation-members.repository.ts';
import { lockOrganisation } from './organisations.repository.ts';

export type ChangeRoleOutcome = { kind: 'changed' } | { kind: 'last-admin' } | { kind: 'not-found' };

export async function changeMemberRole(db: Db, actorId: string, organisationId: string, memberId: string, role: OrganisationRole): Promise<ChangeRoleOutcome> {
  return db.transaction().execute(async (trx) => {
    await lockOrganisation(trx, organisationId);
    const [actor, target] = await Promise.all([findMembership(trx, organisationId, actorId), findMembership(trx, organisationId, memberId)]);
    if (actor?.role !== 'admin' || !target) return { kind: 'not-found' } as const;
    if (target.role === role) return { kind: 'changed' } as const;
    if (target.role === 'admin' && (await countAdmins(trx, organisationId)) <= 1) return { kind: 'last-admin' } as const;
    await setMembershipRole(trx, organisationId, memberId, role);
    return { kind: 'changed' } as const;
  });
}
