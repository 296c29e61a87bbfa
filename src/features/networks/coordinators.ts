// Coordinators run a network: they appoint others among the members of its member organisations and may step
// down, or remove another coordinator, as long as one remains.
import type { Db } from '../../db/database.ts';
import { deleteCoordinator, insertCoordinator, isCoordinatorOf, listCoordinators, memberOrganisationsInNetwork } from './network-membership.repository.ts';
import { lockNetwork } from './networks.repository.ts';

export type AppointOutcome = 'appointed' | 'already-coordinator' | 'not-a-member' | 'not-found';

export async function appointCoordinator(db: Db, actorId: string, networkId: string, memberId: string, now: Date): Promise<AppointOutcome> {
  return db.transaction().execute(async (trx) => {
    await lockNetwork(trx, networkId);
    if (!(await isCoordinatorOf(trx, networkId, actorId))) return 'not-found';
    if (await isCoordinatorOf(trx, networkId, memberId)) return 'already-coordinator';
    const [organisationId] = await memberOrganisationsInNetwork(trx, networkId, memberId);
    if (!organisationId) return 'not-a-member';
    await insertCoordinator(trx, { networkId, memberId, organisationId, appointedAt: now.toISOString() });
    return 'appointed';
  });
}

export type StepDownOutcome = 'stepped-down' | 'last-coordinator' | 'not-found';

/** A coordinator steps down (memberId = actorId) or removes another coordinator. */
export async function removeCoordinator(db: Db, actorId: string, networkId: string, memberId: string): Promise<StepDownOutcome> {
  return db.transaction().execute(async (trx) => {
    await lockNetwork(trx, networkId);
    if (!(await isCoordinatorOf(trx, networkId, actorId))) return 'not-found';
    const coordinators = await listCoordinators(trx, networkId);
    if (!coordinators.some((c) => c.memberId === memberId)) return 'not-found';
    if (coordinators.length <= 1) return 'last-coordinator';
    await deleteCoordinator(trx, networkId, memberId);
    return 'stepped-down';
  });
}
