// Keeps search true to the public forums, inside the transaction that changes a thread. Only public forum threads
// are ever indexed (title and opening post, while visible); a network's thread never is, whatever else happens.
import type { Transaction } from '../../db/database.ts';
import { indexEntry, removeEntry } from '../search/index.ts';
import { placeOfColumns, threadPath } from './discussion.ts';
import { findThreadForIndex } from './threads.repository.ts';

export async function reindexThread(trx: Transaction, threadId: string): Promise<void> {
  const row = await findThreadForIndex(trx, threadId);
  const place = row && placeOfColumns(row);
  if (!row || place?.kind !== 'forum' || row.hidden_at) {
    await removeEntry(trx, 'thread', threadId);
    return;
  }
  const opening = row.body !== null && !row.deleted_at && !row.post_hidden_at ? row.body : '';
  await indexEntry(trx, {
    kind: 'thread', refId: row.id, url: threadPath(place, row.id), language: row.language,
    title: row.title, body: opening, themes: [place.theme], audience: 'public', updatedAt: row.last_posted_at,
  });
}
