// Staff approve a pending initiative: it becomes public (list, page, map) and searchable, and the decision goes to
// the audit log, in one transaction.
import type { AppDeps } from '../../deps.ts';
import { recordAudit } from '../accounts/index.ts';
import { changeStatus, findInitiative } from './initiatives.repository.ts';
import { indexInitiative } from './initiative-search.ts';

export type ModerationOutcome = { kind: 'done' } | { kind: 'not-pending' };

export async function approveInitiative(deps: Pick<AppDeps, 'db' | 'clock' | 'publicPages'>, id: string, staffId: string): Promise<ModerationOutcome> {
  const now = deps.clock.now();
  const outcome = await deps.db.transaction().execute(async (trx) => {
    if (!(await changeStatus(trx, id, ['pending'], { status: 'published', moderatedBy: staffId, at: now.toISOString() }))) return { kind: 'not-pending' } as const;
    const initiative = await findInitiative(trx, id);
    if (initiative && initiative.hiddenAt === null) await indexInitiative(trx, initiative);
    await recordAudit(trx, { at: now, actorId: staffId, action: 'initiative-approved', subject: { type: 'initiative', id } });
    return { kind: 'done' } as const;
  });
  if (outcome.kind === 'done') deps.publicPages.invalidate();
  return outcome;
}
