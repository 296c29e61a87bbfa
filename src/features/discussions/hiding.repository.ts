// The hooks moderation calls (issue 6, "hide / restore with a recorded reason"): hidden content keeps its text for
// an appeal, but readers see only "hidden by moderators". The moderation feature records who decided and why.
import type { Db, Transaction } from '../../db/database.ts';

type Executor = Db | Transaction;

export async function hidePost(db: Executor, postId: string, reason: string, now: Date): Promise<boolean> {
  const result = await db.updateTable('discussion_posts').set({ hidden_at: now.toISOString(), hidden_reason: reason })
    .where('id', '=', postId).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function restorePost(db: Executor, postId: string): Promise<boolean> {
  const result = await db.updateTable('discussion_posts').set({ hidden_at: null, hidden_reason: null }).where('id', '=', postId).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function hideThread(db: Executor, threadId: string, reason: string, now: Date): Promise<boolean> {
  const result = await db.updateTable('discussion_threads').set({ hidden_at: now.toISOString(), hidden_reason: reason })
    .where('id', '=', threadId).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function restoreThread(db: Executor, threadId: string): Promise<boolean> {
  const result = await db.updateTable('discussion_threads').set({ hidden_at: null, hidden_reason: null }).where('id', '=', threadId).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
