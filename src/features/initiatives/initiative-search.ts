// Keeps the search index in step with what the public may read: an initiative enters it when approved (or restored)
// and leaves it when withdrawn, hidden, or edited back into moderation. Runs inside the caller's transaction.
// A search entry has one country: an initiative in several countries is filed under none, but under their UN
// regional group when they share one, so region filters still find it.
import type { Transaction } from '../../db/database.ts';
import { regionalGroupOf } from '../../platform/geo/un-regional-groups.ts';
import { indexEntry, removeEntry } from '../search/index.ts';
import { initiativePath } from './initiative.ts';
import type { InitiativeRecord } from './initiative-rows.repository.ts';

const kind = 'initiative';

function sharedRegion(countries: readonly string[]) {
  const groups = new Set(countries.map(regionalGroupOf));
  const [only] = groups;
  return groups.size === 1 && only ? only : null;
}

export async function indexInitiative(trx: Transaction, initiative: InitiativeRecord): Promise<void> {
  const single = initiative.countries.length === 1 ? initiative.countries[0]! : null;
  await indexEntry(trx, {
    kind, refId: initiative.id, url: initiativePath(initiative.id), language: initiative.language, title: initiative.title,
    body: initiative.description, themes: initiative.themes, country: single, regionalGroup: sharedRegion(initiative.countries),
    audience: 'public', updatedAt: initiative.publishedAt ?? initiative.updatedAt,
  });
}

export async function unindexInitiative(trx: Transaction, initiativeId: string): Promise<void> {
  await removeEntry(trx, kind, initiativeId);
}
