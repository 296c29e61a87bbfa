// Opens a follow-up session from a receipt code. Every attempt pays the same argon2id cost, well-formed or not,
// found or not, so the time taken says nothing about the code; expired sessions are swept on the way.
import type { AppDeps } from '../../deps.ts';
import { hashReceiptCode, normaliseReceiptCode } from '../submissions/index.ts';
import { deleteExpiredFollowUpSessions, findInputIdByReceiptHash } from './follow-up.repository.ts';
import { startFollowUpSession } from './sessions.ts';

export async function signInWithCode(deps: Pick<AppDeps, 'db' | 'clock' | 'config'>, typed: string): Promise<{ token: string } | null> {
  const code = normaliseReceiptCode(typed);
  // A malformed code is hashed too (a fixed stand-in), so it is refused in the same time as a wrong one.
  const hash = await hashReceiptCode(code ?? '0000000000000000', deps.config.sessionSecret);
  const now = deps.clock.now();
  await deleteExpiredFollowUpSessions(deps.db, now.toISOString());
  const submissionId = await findInputIdByReceiptHash(deps.db, hash);
  if (!code || !submissionId) return null;
  return { token: await startFollowUpSession(deps.db, submissionId, now) };
}
