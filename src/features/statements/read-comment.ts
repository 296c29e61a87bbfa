// What moderation reads of one comment (moderation/kinds/statement-comment-kind.ts): the comment as stored, the
// statement it discusses (whose network moderates it) and that statement's title; and whether a member may read it,
// which is whether they may see the statement's discussion.
import type { Db } from '../../db/database.ts';
import type { StoredComment } from './comment.ts';
import { findComment } from './comments.repository.ts';
import { standingIn } from './network-standing.ts';
import { statementPolicy } from './statement.policy.ts';
import { pickVersion, type Statement } from './statement.ts';
import { findStatement, listVersions } from './statements.repository.ts';

export interface CommentInContext {
  comment: StoredComment;
  statement: Statement;
  /** The statement's title in its original language (or its first language, should that be missing). */
  title: string;
}

export async function readComment(db: Db, commentId: string): Promise<CommentInContext | undefined> {
  const comment = await findComment(db, commentId);
  const statement = comment && (await findStatement(db, comment.statementId));
  if (!comment || !statement) return undefined;
  const version = pickVersion(statement, await listVersions(db, [statement.id]), []);
  return { comment, statement, title: version?.title ?? '' };
}

/** Whether the member may read the comment where it is: in its statement's discussion, inside the network. */
export async function mayReadComment(db: Db, found: CommentInContext, memberId: string): Promise<boolean> {
  return statementPolicy.seeDiscussion(await standingIn(db, found.statement.networkId, memberId));
}
