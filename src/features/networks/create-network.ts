// A member creates a network for an organisation they administer: that organisation is its first member and the
// creator its first coordinator.
import type { Db } from '../../db/database.ts';
import { newId } from '../../platform/tokens.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { findMembership } from '../organisations/index.ts';
import type { Network } from './network.ts';
import type { NetworkDetails } from './network-form.ts';
import { insertCoordinator, insertNetworkOrganisation } from './network-membership.repository.ts';
import { reindexNetwork } from './network-search.ts';
import { insertNetwork } from './networks.repository.ts';

export type CreateNetworkOutcome = { kind: 'created'; network: Network } | { kind: 'invalid'; errors: FieldErrors };

export async function createNetwork(db: Db, creatorId: string, organisationId: string, details: NetworkDetails, now: Date): Promise<CreateNetworkOutcome> {
  return db.transaction().execute(async (trx) => {
    const membership = organisationId ? await findMembership(trx, organisationId, creatorId) : undefined;
    if (membership?.role !== 'admin') return { kind: 'invalid', errors: { organisation: { key: 'networks.error-organisation-required' } } } as const;
    const createdAt = now.toISOString();
    const network: Network = { id: newId(), ...details, createdAt };
    await insertNetwork(trx, network);
    await insertNetworkOrganisation(trx, network.id, organisationId, createdAt);
    await insertCoordinator(trx, { networkId: network.id, memberId: creatorId, organisationId, appointedAt: createdAt });
    await reindexNetwork(trx, network, createdAt);
    return { kind: 'created', network } as const;
  });
}
