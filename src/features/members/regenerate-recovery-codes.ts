// A new set of recovery codes from /account/recovery-codes, in place of the old (all used up, or some seen by someone
// else). The password is asked for: a session left open on a shared computer must not be enough to take a set that
// gets past the second step later.
import type { Db } from '../../db/database.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { verifyPassword } from '../accounts/index.ts';
import { findMemberById } from './members.repository.ts';
import { lockMemberFactors } from './passkeys.repository.ts';
import { countMemberRecoveryCodes } from './recovery-codes.repository.ts';
import { countSecondFactors, issueRecoveryCodes } from './second-factors.ts';

export interface RecoveryCodesStatus {
  /** Codes come with a second factor: without one there is nothing for them to stand in for. */
  hasSecondFactor: boolean;
  unused: number;
}

export async function recoveryCodesStatus(db: Db, memberId: string): Promise<RecoveryCodesStatus> {
  const [factors, unused] = await Promise.all([countSecondFactors(db, memberId), countMemberRecoveryCodes(db, memberId)]);
  return { hasSecondFactor: factors > 0, unused };
}

export type RegenerateOutcome = { kind: 'invalid'; errors: FieldErrors } | { kind: 'no-factor' } | { kind: 'made'; recoveryCodes: string[] };

export async function regenerateRecoveryCodes(db: Db, memberId: string, password: string): Promise<RegenerateOutcome> {
  const member = await findMemberById(db, memberId);
  if (!member || !(await verifyPassword(member.passwordHash, password))) {
    return { kind: 'invalid', errors: { password: { key: 'members.error-current-password' } } };
  }
  return db.transaction().execute(async (trx): Promise<RegenerateOutcome> => {
    await lockMemberFactors(trx, memberId);
    if ((await countSecondFactors(trx, memberId)) === 0) return { kind: 'no-factor' };
    return { kind: 'made', recoveryCodes: await issueRecoveryCodes(trx, memberId) };
  });
}
