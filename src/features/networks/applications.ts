// How an organisation comes into a network: a coordinator invites it and one of its administrators accepts, or
// one of its administrators asks and a coordinator approves. When both sides have asked, the second ask completes
// the first, so nobody waits on a question already answered.
import type { Db, Transaction } from '../../db/database.ts';
import { findMembership } from '../organisations/index.ts';
import type { ApplicationDirection } from './network.ts';
import {
  deleteApplication, findApplication, insertApplication, insertNetworkOrganisation, isCoordinatorOf, isOrganisationInNetwork,
} from './network-membership.repository.ts';
import { findNetwork, lockNetwork } from './networks.repository.ts';

export type AskOutcome = 'asked' | 'joined' | 'already-member' | 'already-asked' | 'not-found';

/** Who may ask in each direction: coordinators invite; an organisation's administrators request. */
async function mayAsk(trx: Transaction, direction: ApplicationDirection, networkId: string, organisationId: string, actorId: string): Promise<boolean> {
  if (direction === 'invitation') return isCoordinatorOf(trx, networkId, actorId);
  return (await findMembership(trx, organisationId, actorId))?.role === 'admin';
}

export async function askToJoin(db: Db, direction: ApplicationDirection, actorId: string, networkId: string, organisationId: string, now: Date): Promise<AskOutcome> {
  return db.transaction().execute(async (trx) => {
    await lockNetwork(trx, networkId);
    if (!(await findNetwork(trx, networkId)) || !(await mayAsk(trx, direction, networkId, organisationId, actorId))) return 'not-found';
    if (await isOrganisationInNetwork(trx, networkId, organisationId)) return 'already-member';
    const pending = await findApplication(trx, networkId, organisationId);
    if (pending?.direction === direction) return 'already-asked';
    if (pending) {
      await join(trx, networkId, organisationId, now);
      return 'joined';
    }
    await insertApplication(trx, { networkId, organisationId, direction, askedBy: actorId, createdAt: now.toISOString() });
    return 'asked';
  });
}

export type AnswerOutcome = 'joined' | 'declined' | 'not-found';

/**
 * The other side answers: an organisation administrator answers an invitation, a coordinator a request. The
 * organisation that asked may also withdraw its own question (declining it).
 */
export async function answerApplication(db: Db, actorId: string, networkId: string, organisationId: string, accept: boolean, now: Date): Promise<AnswerOutcome> {
  return db.transaction().execute(async (trx) => {
    await lockNetwork(trx, networkId);
    const pending = await findApplication(trx, networkId, organisationId);
    if (!pending) return 'not-found';
    const answerer: ApplicationDirection = pending.direction === 'invitation' ? 'request' : 'invitation';
    const answers = await mayAsk(trx, answerer, networkId, organisationId, actorId);
    const withdraws = !accept && (await mayAsk(trx, pending.direction, networkId, organisationId, actorId));
    if (!answers && !withdraws) return 'not-found';
    if (!accept) {
      await deleteApplication(trx, networkId, organisationId);
      return 'declined';
    }
    await join(trx, networkId, organisationId, now);
    return 'joined';
  });
}

async function join(trx: Transaction, networkId: string, organisationId: string, now: Date): Promise<void> {
  await deleteApplication(trx, networkId, organisationId);
  await insertNetworkOrganisation(trx, networkId, organisationId, now.toISOString());
}
