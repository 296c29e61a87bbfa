// Keeps search true to the public forums, inside the transaction that changes a thread. Only public forum threads
// are ever indexed (title and opening post, while visible); a network's thread never is, whatever else happens.
import type { Transaction } from '../../db/database.ts';
import { indexEntry, removeEntry } from '../search/index.ts';
import { isTheme } from '../../platform/vocabulary/solidarity-vocabulary.ts';
import { threadPath } from './discussion.ts';
import { findThreadForIndex } from './threads.repository.ts';

export async function reindexThread(trx: Transaction, threadId: string): Promise<void> {
  const row = await findThreadForIndex(trx, threadId);
  if (!row?.forum_theme || !isTheme(row.forum_theme) || row.network_id || row.hidden_at) {
    await removeEntry(trx, 'thread', threadId);
    return;
  }
  const opening = row.body !== null && !row.deleted_at && !row.post_hidden_at ? row.body : '';
  await indexEntry(trx, {
    kind: 'thread', refId: row.id, url: threadPath({ kind: 'forum', theme: row.forum_theme }, row.id), language: row.language,
    title: row.title, body: opening, themes: [row.forum_theme], audience: 'public', updatedAt: row.last_posted_at,
  });
}
