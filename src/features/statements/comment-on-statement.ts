// A network member comments on a statement (draft or published): the discussion stays inside the network. A member
// the network's moderators (or platform staff) blocked from posting is refused, under their name or their pseudonym.
import type { Db } from '../../db/database.ts';
import type { Clock } from '../../platform/clock.ts';
import { newId } from '../../platform/tokens.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { postingRefusal } from '../moderation/index.ts';
import type { CommentAuthorship } from './comment.ts';
import { insertComment } from './comments.repository.ts';
import { statementLimits, type Statement } from './statement.ts';

export type CommentOutcome =
  | { kind: 'added'; commentId: string }
  | { kind: 'invalid'; error: 'required' | 'too-long' }
  | { kind: 'blocked'; error: FieldErrors[string] };

/** Who comments: the member, and how their comment is signed (by name, or by their pseudonym for this statement). */
export interface Commenter {
  memberId: string;
  authorship: CommentAuthorship;
}

export async function commentOnStatement(
  db: Db, clock: Clock, statement: Pick<Statement, 'id' | 'networkId'>, commenter: Commenter, body: string,
): Promise<CommentOutcome> {
  const text = body.trim();
  if (text === '') return { kind: 'invalid', error: 'required' };
  if (text.length > statementLimits.commentMaxChars) return { kind: 'invalid', error: 'too-long' };
  const refused = await postingRefusal(db, commenter, statement.networkId, clock.now());
  if (refused) return { kind: 'blocked', error: refused };
  const id = newId();
  await insertComment(db, { id, statementId: statement.id, author: commenter.authorship, body: text, createdAt: clock.now().toISOString() });
  return { kind: 'added', commentId: id };
}
