// Moderators hide an initiative that breaks the rules (docs/MODERATION.md), or restore it. Hiding keeps the row and
// says on its page that moderators hid it and why; it leaves search and the map at once. The moderation feature
// records who decided in the audit log; this only changes what the public sees.
import type { AppDeps } from '../../deps.ts';
import { findInitiative, setHidden } from './initiatives.repository.ts';
import { indexInitiative, unindexInitiative } from './initiative-search.ts';

type Deps = Pick<AppDeps, 'db' | 'clock' | 'publicPages'>;

export async function hideInitiative(deps: Deps, id: string, reason: string): Promise<boolean> {
  const at = deps.clock.now().toISOString();
  const hidden = await deps.db.transaction().execute(async (trx) => {
    if (!(await setHidden(trx, id, { at, reason }))) return false;
    await unindexInitiative(trx, id);
    return true;
  });
  if (hidden) deps.publicPages.invalidate();
  return hidden;
}

export async function restoreInitiative(deps: Deps, id: string): Promise<boolean> {
  const restored = await deps.db.transaction().execute(async (trx) => {
    if (!(await setHidden(trx, id, null))) return false;
    const initiative = await findInitiative(trx, id);
    if (initiative?.status === 'published') await indexInitiative(trx, initiative);
    return true;
  });
  if (restored) deps.publicPages.invalidate();
  return restored;
}
