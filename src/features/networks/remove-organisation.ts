// A network's coordinator takes a member organisation out of the network, saying why; the organisation's
// administrators read the reason on their networks page. On the same terms as leaving (network-departure.ts): its
// members' coordination ends, and the organisation the last coordinators act through cannot be removed.
import type { Db } from '../../db/database.ts';
import { newId } from '../../platform/tokens.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { networkLimits } from './network.ts';
import { takeOutOfNetwork } from './network-departure.ts';
import { insertRemoval, isCoordinatorOf, isOrganisationInNetwork } from './network-membership.repository.ts';
import { lockNetwork } from './networks.repository.ts';

export type RemoveOrganisationOutcome = 'removed' | 'last-coordinator' | 'not-found' | { kind: 'invalid'; errors: FieldErrors };

export function checkRemovalReason(typed: string): { ok: true; reason: string } | { ok: false; errors: FieldErrors } {
  const reason = typed.trim();
  if (reason === '') return { ok: false, errors: { reason: { key: 'networks.error-removal-reason' } } };
  if (reason.length > networkLimits.removalReasonMaxChars) {
    return { ok: false, errors: { reason: { key: 'networks.error-too-long', values: { max: networkLimits.removalReasonMaxChars } } } };
  }
  return { ok: true, reason };
}

export async function removeOrganisationFromNetwork(db: Db, actorId: string, networkId: string, organisationId: string, typedReason: string, now: Date): Promise<RemoveOrganisationOutcome> {
  const checked = checkRemovalReason(typedReason);
  return db.transaction().execute(async (trx) => {
    await lockNetwork(trx, networkId);
    if (!(await isCoordinatorOf(trx, networkId, actorId)) || !(await isOrganisationInNetwork(trx, networkId, organisationId))) return 'not-found';
    if (!checked.ok) return { kind: 'invalid', errors: checked.errors } as const;
    if ((await takeOutOfNetwork(trx, networkId, organisationId)) === 'last-coordinator') return 'last-coordinator';
    await insertRemoval(trx, { id: newId(), networkId, organisationId, reason: checked.reason, removedBy: actorId, removedAt: now.toISOString() });
    return 'removed';
  });
}
