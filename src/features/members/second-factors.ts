// A member's second factors as a whole (an authenticator app, passkeys) and the recovery codes that stand in for any
// of them: without codes, a member whose only factor is a lost passkey could never sign in again. Every change to the
// factors runs in one transaction locked on the member, so the count it settles the codes by is the one it leaves.
import type { Db, Transaction } from '../../db/database.ts';
import { hashRecoveryCode, newRecoveryCodes } from '../accounts/index.ts';
import { countPasskeys, lockMemberFactors } from './passkeys.repository.ts';
import { deleteMemberRecoveryCodes, holdsMemberRecoveryCodes, replaceMemberRecoveryCodes } from './recovery-codes.repository.ts';
import { findMemberTwoFactor } from './two-factor.repository.ts';

export async function countSecondFactors(db: Db | Transaction, memberId: string): Promise<number> {
  const passkeys = await countPasskeys(db, memberId);
  return passkeys + ((await findMemberTwoFactor(db, memberId))?.enabledAt ? 1 : 0);
}

/** Ten fresh codes in place of any earlier ones; the caller shows them once, as only their hashes are kept. */
export async function issueRecoveryCodes(trx: Transaction, memberId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await replaceMemberRecoveryCodes(trx, memberId, codes.map(hashRecoveryCode));
  return codes;
}

/**
 * Adds a factor (`add` answers whether it did) and returns the recovery codes to show: ten when the member holds none
 * (their first factor, or passkeys added before codes covered them), none when they keep theirs, null when nothing
 * was added.
 */
export async function addSecondFactor(db: Db, memberId: string, add: (trx: Transaction) => Promise<boolean>): Promise<string[] | null> {
  return db.transaction().execute(async (trx) => {
    await lockMemberFactors(trx, memberId);
    if (!(await add(trx))) return null;
    return (await holdsMemberRecoveryCodes(trx, memberId)) ? [] : issueRecoveryCodes(trx, memberId);
  });
}

export type FactorRemoval = 'removed' | 'not-found' | 'password-needed';

class PasswordNeeded extends Error {}

/**
 * Removes a factor (`remove` answers whether it found one). Removing the last needs the password (`passwordGiven`): a
 * session left open on a shared computer must not be enough to bring the account back to a password alone. The last
 * takes the recovery codes with it, so a factor added later brings fresh ones rather than reviving codes the member
 * may have thrown away.
 */
export async function removeSecondFactor(
  db: Db, memberId: string, passwordGiven: boolean, remove: (trx: Transaction) => Promise<boolean>,
): Promise<FactorRemoval> {
  try {
    return await db.transaction().execute(async (trx) => {
      await lockMemberFactors(trx, memberId);
      if (!(await remove(trx))) return 'not-found';
      if ((await countSecondFactors(trx, memberId)) > 0) return 'removed';
      if (!passwordGiven) throw new PasswordNeeded(); // rolls the removal back
      await deleteMemberRecoveryCodes(trx, memberId);
      return 'removed';
    });
  } catch (error) {
    if (!(error instanceof PasswordNeeded)) throw error;
    return 'password-needed';
  }
}
