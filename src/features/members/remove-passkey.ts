// Listing and removing a member's passkeys. The last second factor goes only with the password: a session left open
// on a shared computer must not be enough to bring the account back to a password alone.
import type { Db } from '../../db/database.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { verifyPassword } from '../accounts/index.ts';
import { findMemberById } from './members.repository.ts';
import { countPasskeys, deletePasskey, listPasskeys, lockMemberFactors, type StoredPasskey } from './passkeys.repository.ts';
import { findMemberTwoFactor } from './two-factor.repository.ts';

export interface MemberPasskeys {
  passkeys: StoredPasskey[];
  /** True when removing the one passkey listed would leave no second factor: its form asks for the password. */
  lastFactor: boolean;
}

export async function memberPasskeys(db: Db, memberId: string): Promise<MemberPasskeys> {
  const [passkeys, state] = await Promise.all([listPasskeys(db, memberId), findMemberTwoFactor(db, memberId)]);
  return { passkeys, lastFactor: passkeys.length === 1 && !state?.enabledAt };
}

export type RemovePasskeyOutcome = { kind: 'removed' } | { kind: 'not-found' } | { kind: 'invalid'; errors: FieldErrors };

class PasswordNeeded extends Error {}

export async function removePasskey(db: Db, memberId: string, credentialId: string, password: string): Promise<RemovePasskeyOutcome> {
  const member = await findMemberById(db, memberId);
  if (!member) return { kind: 'not-found' };
  // Checked before the transaction (argon2id is slow) and used only if this removal turns out to be the last factor.
  const passwordGiven = password !== '' && (await verifyPassword(member.passwordHash, password));
  try {
    const removed = await db.transaction().execute(async (trx) => {
      await lockMemberFactors(trx, memberId);
      if (!(await deletePasskey(trx, memberId, credentialId))) return false;
      const factorsLeft = (await countPasskeys(trx, memberId)) + ((await findMemberTwoFactor(trx, memberId))?.enabledAt ? 1 : 0);
      if (factorsLeft === 0 && !passwordGiven) throw new PasswordNeeded(); // rolls the deletion back
      return true;
    });
    return removed ? { kind: 'removed' } : { kind: 'not-found' };
  } catch (error) {
    if (!(error instanceof PasswordNeeded)) throw error;
    return { kind: 'invalid', errors: { password: { key: password ? 'members.error-current-password' : 'members.error-password-for-last-factor' } } };
  }
}
