// Keeps each message waiting to be sorted sealed to exactly the administrators of the moment (and the escrow key):
// a new administrator gets a box, made with the key of an administrator who is signed in; one who is no longer an
// administrator loses theirs. The same rule as for inputs (review/reseal-input-keys.ts), for the to-sort list.
import type { AppDeps } from '../../deps.ts';
import { administratorsForSealing, type KeyAtHand, type SealingRecipient } from '../accounts/index.ts';
import { cipherFromHolderBox, escrowHolder, sealForHolders } from '../submissions/index.ts';
import { deleteMessageKeyBoxes, findMessageKeyBox, insertMessageKeyBoxes, listKeptMessageHolders } from './mail-import.repository.ts';

const holderOf = (recipient: SealingRecipient) => recipient.userId ?? escrowHolder;

export async function resealKeptMessages(deps: Pick<AppDeps, 'db' | 'config'>, key: KeyAtHand): Promise<{ sealed: number; removed: number }> {
  const expected = await administratorsForSealing(deps);
  const outcome = { sealed: 0, removed: 0 };
  for (const message of await listKeptMessageHolders(deps.db)) {
    // An escrow box is never taken away: turning escrow off must not make older messages unrecoverable.
    const stale = message.holders.filter((h) => h !== escrowHolder && !expected.some((r) => holderOf(r) === h));
    await deleteMessageKeyBoxes(deps.db, message.messageId, stale);
    outcome.removed += stale.length;
    const missing = expected.filter((r) => !message.holders.includes(holderOf(r)));
    if (!missing.length || !message.holders.includes(key.userId) || stale.includes(key.userId)) continue;
    const box = await findMessageKeyBox(deps.db, message.messageId, key.userId);
    if (!box) continue;
    const cipher = cipherFromHolderBox(message.messageId, box, key.privateKey);
    await insertMessageKeyBoxes(deps.db, message.messageId, sealForHolders(cipher, missing.map((r) => ({ holder: holderOf(r), publicKey: r.publicKey }))));
    outcome.sealed += missing.length;
  }
  return outcome;
}
