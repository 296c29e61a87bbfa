// The comments a member reads under a statement: every one in order, except that those by a person the member
// blocked (MODERATION.md "Blocking") keep their place without their words. Matched as the comment is signed, so a
// block on a member's name leaves their pseudonymous comments alone, and a pseudonym's block never unmasks it.
import type { Db } from '../../db/database.ts';
import { blockedBy, isBlockedAuthor } from '../moderation/index.ts';
import type { Comment } from './comment.ts';
import { listComments } from './comments.repository.ts';

export interface CommentsRead {
  /** The bodies of comments by blocked people are emptied here, so no view can show them. */
  comments: Comment[];
  byBlocked: ReadonlySet<string>;
}

export async function readComments(db: Db, statementId: string, readerId: string): Promise<CommentsRead> {
  const [listed, blocked] = await Promise.all([listComments(db, statementId), blockedBy(db, readerId)]);
  const byBlocked = new Set(listed.filter(({ author }) => isBlockedAuthor(blocked, {
    memberId: author.kind === 'member' ? author.memberId : null, pseudonymId: author.kind === 'pseudonym' ? author.pseudonymId : null,
  })).map((comment) => comment.id));
  return { comments: listed.map((comment) => (byBlocked.has(comment.id) ? { ...comment, body: '' } : comment)), byBlocked };
}
