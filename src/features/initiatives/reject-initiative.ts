// Staff reject a pending initiative with a reason the author reads; the author may change it and try again. The
// decision goes to the audit log (the reason stays with the initiative, where its author reads it).
import type { AppDeps } from '../../deps.ts';
import { recordAudit } from '../accounts/index.ts';
import type { ModerationOutcome } from './approve-initiative.ts';
import { initiativeLimits } from './initiative.ts';
import { changeStatus } from './initiatives.repository.ts';

export type RejectOutcome = ModerationOutcome | { kind: 'invalid'; error: 'reason-required' | 'reason-too-long' };

export async function rejectInitiative(deps: Pick<AppDeps, 'db' | 'clock'>, id: string, staffId: string, reason: string): Promise<RejectOutcome> {
  const text = reason.trim();
  if (!text) return { kind: 'invalid', error: 'reason-required' };
  if (text.length > initiativeLimits.reasonMaxChars) return { kind: 'invalid', error: 'reason-too-long' };
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const change = { status: 'rejected' as const, rejectionReason: text, moderatedBy: staffId, at: now.toISOString() };
    if (!(await changeStatus(trx, id, ['pending'], change))) return { kind: 'not-pending' } as const;
    await recordAudit(trx, { at: now, actorId: staffId, action: 'initiative-rejected', subject: { type: 'initiative', id } });
    return { kind: 'done' } as const;
  });
}
