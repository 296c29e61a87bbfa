// Listing and removing a member's passkeys. The last second factor goes only with the password (second-factors.ts).
import type { Db } from '../../db/database.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { verifyPassword } from '../accounts/index.ts';
import { findMemberById } from './members.repository.ts';
import { deletePasskey, listPasskeys, type StoredPasskey } from './passkeys.repository.ts';
import { removeSecondFactor } from './second-factors.ts';
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

export async function removePasskey(db: Db, memberId: string, credentialId: string, password: string): Promise<RemovePasskeyOutcome> {
  const member = await findMemberById(db, memberId);
  if (!member) return { kind: 'not-found' };
  // Checked before the transaction (argon2id is slow) and used only if this removal turns out to be the last factor.
  const passwordGiven = password !== '' && (await verifyPassword(member.passwordHash, password));
  const removal = await removeSecondFactor(db, memberId, passwordGiven, (trx) => deletePasskey(trx, memberId, credentialId));
  if (removal !== 'password-needed') return { kind: removal };
  return { kind: 'invalid', errors: { password: { key: password ? 'members.error-current-password' : 'members.error-password-for-last-factor' } } };
}
