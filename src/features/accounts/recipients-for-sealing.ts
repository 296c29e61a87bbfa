// Whose public keys a call's input is sealed to: every administrator, the recipients assigned to the call, and the
// offline escrow key when the mandate opted in. The encryption of inputs calls this; decryption needs any one of them.
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { findKeyHoldersByRole, findPublicKeys } from './accounts.repository.ts';
import { findAssignedKeyHolders } from './call-recipients.repository.ts';

export type SealingRecipient =
  | { kind: 'member'; userId: string; publicKey: Buffer }
  | { kind: 'escrow'; userId: null; publicKey: Buffer };

export async function recipientsForSealing(deps: { db: Db; config: Pick<Config, 'escrowPublicKey'> }, callId: string): Promise<SealingRecipient[]> {
  const [admins, assigned] = await Promise.all([findKeyHoldersByRole(deps.db, ['admin']), findAssignedKeyHolders(deps.db, callId)]);
  const members = new Map([...admins, ...assigned].map((m) => [m.id, m.publicKey]));
  const recipients: SealingRecipient[] = [...members].map(([userId, publicKey]) => ({ kind: 'member', userId, publicKey }));
  const escrow = escrowPublicKey(deps.config);
  if (escrow) recipients.push({ kind: 'escrow', userId: null, publicKey: escrow });
  return recipients;
}

/** Whose keys a message not yet matched to any call is sealed to: administrators, and the escrow key. */
export async function administratorsForSealing(deps: { db: Db; config: Pick<Config, 'escrowPublicKey'> }): Promise<SealingRecipient[]> {
  const admins = await findKeyHoldersByRole(deps.db, ['admin']);
  const recipients: SealingRecipient[] = admins.map((m) => ({ kind: 'member', userId: m.id, publicKey: m.publicKey }));
  const escrow = escrowPublicKey(deps.config);
  if (escrow) recipients.push({ kind: 'escrow', userId: null, publicKey: escrow });
  return recipients;
}

export function escrowPublicKey(config: Pick<Config, 'escrowPublicKey'>): Buffer | null {
  return config.escrowPublicKey ? Buffer.from(config.escrowPublicKey, 'base64') : null;
}

/** Public keys of these members, by id (members without a key pair yet are absent). */
export function publicKeysOf(db: Db, userIds: readonly string[]): Promise<Map<string, Buffer>> {
  return findPublicKeys(db, userIds);
}
