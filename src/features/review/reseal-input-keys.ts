// Keeps each input sealed to exactly the people who should read it now. Whoever should hold an input's key but has
// no box for it (a recipient assigned after the input arrived, a new administrator, an escrow key configured later)
// gets one, made with the key of a holder who is signed in; whoever should no longer hold it (removed from the call,
// role changed) loses their box. Removing needs no key; adding needs the holder's, so it waits for one at hand.
import type { AppDeps } from '../../deps.ts';
import { recipientsForSealing, type KeyAtHand, type SealingRecipient } from '../accounts/index.ts';
import {
  cipherFromHolderBox, deleteKeyBoxes, escrowHolder, findKeyBoxes, insertKeyBoxes, listKeyHoldersOfInputs, sealForHolders,
} from '../submissions/index.ts';

export interface ResealOutcome {
  sealed: number;
  removed: number;
}

const holderOf = (recipient: SealingRecipient) => recipient.userId ?? escrowHolder;

export async function resealInputKeys(deps: Pick<AppDeps, 'db' | 'config'>, key: KeyAtHand): Promise<ResealOutcome> {
  const { db } = deps;
  const outcome: ResealOutcome = { sealed: 0, removed: 0 };
  const expectedByCall = new Map<string, Promise<SealingRecipient[]>>();
  const expectedFor = (callId: string) => {
    if (!expectedByCall.has(callId)) expectedByCall.set(callId, recipientsForSealing(deps, callId));
    return expectedByCall.get(callId)!;
  };
  for (const input of await listKeyHoldersOfInputs(db)) {
    const expected = await expectedFor(input.callId);
    const held = new Set(input.holders);
    const missing = expected.filter((r) => !held.has(holderOf(r)));
    // An escrow box is never taken away here: turning escrow off must not make older inputs unrecoverable.
    const stale = input.holders.filter((h) => h !== escrowHolder && !expected.some((r) => holderOf(r) === h));
    if (stale.length) {
      await deleteKeyBoxes(db, input.submissionId, stale);
      outcome.removed += stale.length;
    }
    if (!missing.length || !held.has(key.userId)) continue;
    const box = (await findKeyBoxes(db, key.userId, [input.submissionId])).get(input.submissionId);
    if (!box) continue;
    const cipher = cipherFromHolderBox(input.submissionId, box, key.privateKey);
    await insertKeyBoxes(db, input.submissionId, sealForHolders(cipher, missing.map((r) => ({ holder: holderOf(r), publicKey: r.publicKey }))));
    outcome.sealed += missing.length;
  }
  return outcome;
}
