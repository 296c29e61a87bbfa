// Moderators restore a comment they hid (a decision reversed, or an appeal granted): its words show again.
import type { Db } from '../../db/database.ts';
import { setCommentHidden } from './comments.repository.ts';

export function restoreComment(db: Db, commentId: string): Promise<boolean> {
  return setCommentHidden(db, commentId, null);
}
