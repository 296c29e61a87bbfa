// Moderators hide a comment on a statement (through moderation's statement-comment kind): the row keeps its words
// for an appeal, and the discussion shows "hidden by moderators" with the reason in its place.
import type { Db } from '../../db/database.ts';
import { setCommentHidden } from './comments.repository.ts';

export function hideComment(db: Db, commentId: string, reason: string, now: Date): Promise<boolean> {
  return setCommentHidden(db, commentId, { at: now.toISOString(), reason });
}
