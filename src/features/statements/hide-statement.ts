// Platform staff hide a published statement that breaks the rules (docs/MODERATION.md), or restore it; moderation
// calls these (through kinds/statement-kind.ts) and records who decided. Hiding keeps everything (versions, signatures,
// signed files) for an appeal and a restoration: readers get the title and the reason, the list, search and
// co-signing lose it, and its signed file is not handed out. Restoring puts it back in search and on every page.
import type { AppDeps } from '../../deps.ts';
import { currentVersions } from './statement.ts';
import { syncStatementSearch } from './statement-search.ts';
import { findStatement, listVersions, lockStatement, setStatementHidden } from './statements.repository.ts';

type Deps = Pick<AppDeps, 'db' | 'clock' | 'publicPages'>;

export function hideStatement(deps: Deps, id: string, reason: string): Promise<boolean> {
  return changeHidden(deps, id, { at: deps.clock.now().toISOString(), reason });
}

export function restoreStatement(deps: Deps, id: string): Promise<boolean> {
  return changeHidden(deps, id, null);
}

async function changeHidden(deps: Deps, id: string, hidden: { at: string; reason: string } | null): Promise<boolean> {
  const now = deps.clock.now();
  const changed = await deps.db.transaction().execute(async (trx) => {
    // Locked like every other change, so a signature being given cannot slip past the hiding.
    if (!(await lockStatement(trx, id)) || !(await setStatementHidden(trx, id, hidden))) return false;
    const statement = (await findStatement(trx, id))!;
    await syncStatementSearch(trx, statement, currentVersions(await listVersions(trx, [id])).values(), now);
    return true;
  });
  if (changed) deps.publicPages.invalidate();
  return changed;
}
