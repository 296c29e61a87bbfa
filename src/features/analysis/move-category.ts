// Staff change the order of a call's categories one step at a time (up or down among the active ones), which
// works without JavaScript; the codebook pages, code lists and exports follow this order.
import type { Db } from '../../db/database.ts';
import { listCategories, updateCategory } from './codebook.repository.ts';

export type MoveDirection = 'up' | 'down';

export async function moveCategory(db: Db, callId: string, categoryId: string, direction: MoveDirection): Promise<'moved' | 'not-found'> {
  return db.transaction().execute(async (trx) => {
    const all = await listCategories(trx, callId);
    const active = all.filter((c) => !c.archived);
    const at = active.findIndex((c) => c.id === categoryId);
    if (at < 0) return 'not-found' as const;
    const neighbour = active[direction === 'up' ? at - 1 : at + 1];
    // The first cannot go up nor the last down: nothing changes, and the page shows the order as it is.
    if (neighbour) {
      const [i, j] = [all.indexOf(active[at]!), all.indexOf(neighbour)];
      [all[i], all[j]] = [all[j]!, all[i]!];
    }
    // Positions renumbered 0…n-1, so positions equal from older seeding can never make a move a no-op.
    for (const [position, category] of all.entries()) {
      if (category.position !== position) await updateCategory(trx, { ...category, position });
    }
    return 'moved' as const;
  });
}
