// What moderation calls to hide or restore a thread or a post (with the reason it records), search following in
// the same transaction: a hidden thread leaves the index, a restored one comes back.
import type { Db } from '../../db/database.ts';
import * as hiding from './hiding.repository.ts';
import { reindexThread } from './search-sync.ts';
import { findStoredPost } from './threads.repository.ts';

export function hideThread(db: Db, threadId: string, reason: string, now: Date): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const changed = await hiding.hideThread(trx, threadId, reason, now);
    await reindexThread(trx, threadId);
    return changed;
  });
}

export function restoreThread(db: Db, threadId: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const changed = await hiding.restoreThread(trx, threadId);
    await reindexThread(trx, threadId);
    return changed;
  });
}

export function hidePost(db: Db, postId: string, reason: string, now: Date): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const changed = await hiding.hidePost(trx, postId, reason, now);
    const post = await findStoredPost(trx, postId);
    if (post?.position === 1) await reindexThread(trx, post.threadId);
    return changed;
  });
}

export function restorePost(db: Db, postId: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const changed = await hiding.restorePost(trx, postId);
    const post = await findStoredPost(trx, postId);
    if (post?.position === 1) await reindexThread(trx, post.threadId);
    return changed;
  });
}
