// The author takes an initiative down for good: it leaves the public pages and search at once, and its pictures are
// deleted (a picture someone withdraws may be one that puts them at risk). The text stays for the moderation record.
import type { AppDeps } from '../../deps.ts';
import { deleteImages } from './initiative-images.repository.ts';
import { changeStatus } from './initiatives.repository.ts';
import { unindexInitiative } from './initiative-search.ts';

export async function withdrawInitiative(deps: Pick<AppDeps, 'db' | 'clock' | 'publicPages'>, id: string): Promise<boolean> {
  const at = deps.clock.now().toISOString();
  const withdrawn = await deps.db.transaction().execute(async (trx) => {
    if (!(await changeStatus(trx, id, ['pending', 'published', 'rejected'], { status: 'withdrawn', at }))) return false;
    await deleteImages(trx, id);
    await unindexInitiative(trx, id);
    return true;
  });
  if (withdrawn) deps.publicPages.invalidate();
  return withdrawn;
}
