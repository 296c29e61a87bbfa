// Opens a follow-up session from a receipt code. Every attempt pays the same argon2id cost, well-formed or not,
// found or not, so the time taken says nothing about a wrong code; expired sessions are swept on the way. A right
// code then pays a second derivation, the per-input key that unwraps the input's content key for the session.
import type { AppDeps } from '../../deps.ts';
import { cipherFromReceipt, deriveReceiptKey, hashReceiptCode, normaliseReceiptCode } from '../submissions/index.ts';
import { deleteExpiredFollowUpSessions, findInputByReceiptHash } from './follow-up.repository.ts';
import { startFollowUpSession } from './sessions.ts';

export async function signInWithCode(deps: Pick<AppDeps, 'db' | 'clock' | 'config'>, typed: string): Promise<{ token: string } | null> {
  const code = normaliseReceiptCode(typed);
  // A malformed code is hashed too (a fixed stand-in), so it is refused in the same time as a wrong one.
  const hash = await hashReceiptCode(code ?? '0000000000000000', deps.config.sessionSecret);
  const now = deps.clock.now();
  await deleteExpiredFollowUpSessions(deps.db, now.toISOString());
  const input = await findInputByReceiptHash(deps.db, hash);
  if (!code || !input) return null;
  const receiptKey = await deriveReceiptKey(code, deps.config.sessionSecret, input.id);
  const cipher = cipherFromReceipt(input.id, input.receiptKeyBox, receiptKey);
  return { token: await startFollowUpSession(deps.db, cipher, now) };
}
