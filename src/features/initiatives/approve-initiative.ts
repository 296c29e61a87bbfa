// Staff approve a pending initiative: it becomes public (list, page, map) and searchable, in one transaction.
import type { AppDeps } from '../../deps.ts';
import { changeStatus, findInitiative } from './initiatives.repository.ts';
import { indexInitiative } from './initiative-search.ts';

export type ModerationOutcome = { kind: 'done' } | { kind: 'not-pending' };

export async function approveInitiative(deps: Pick<AppDeps, 'db' | 'clock' | 'publicPages'>, id: string, staffId: string): Promise<ModerationOutcome> {
  const at = deps.clock.now().toISOString();
  const outcome = await deps.db.transaction().execute(async (trx) => {
    if (!(await changeStatus(trx, id, ['pending'], { status: 'published', moderatedBy: staffId, at }))) return { kind: 'not-pending' } as const;
    const initiative = await findInitiative(trx, id);
    if (initiative && initiative.hiddenAt === null) await indexInitiative(trx, initiative);
    return { kind: 'done' } as const;
  });
  if (outcome.kind === 'done') deps.publicPages.invalidate();
  return outcome;
}
