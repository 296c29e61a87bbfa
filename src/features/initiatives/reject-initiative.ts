// Staff reject a pending initiative with a reason the author reads; the author may change it and try again.
import type { AppDeps } from '../../deps.ts';
import type { ModerationOutcome } from './approve-initiative.ts';
import { initiativeLimits } from './initiative.ts';
import { changeStatus } from './initiatives.repository.ts';

export type RejectOutcome = ModerationOutcome | { kind: 'invalid'; error: 'reason-required' | 'reason-too-long' };

export async function rejectInitiative(deps: Pick<AppDeps, 'db' | 'clock'>, id: string, staffId: string, reason: string): Promise<RejectOutcome> {
  const text = reason.trim();
  if (!text) return { kind: 'invalid', error: 'reason-required' };
  if (text.length > initiativeLimits.reasonMaxChars) return { kind: 'invalid', error: 'reason-too-long' };
  const at = deps.clock.now().toISOString();
  const changed = await changeStatus(deps.db, id, ['pending'], { status: 'rejected', rejectionReason: text, moderatedBy: staffId, at });
  return changed ? { kind: 'done' } : { kind: 'not-pending' };
}
