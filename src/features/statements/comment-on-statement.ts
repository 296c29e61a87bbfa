// A network member comments on a statement (draft or published): the discussion stays inside the network.
import type { Db } from '../../db/database.ts';
import type { Clock } from '../../platform/clock.ts';
import { newId } from '../../platform/tokens.ts';
import type { CommentAuthorship } from './comment.ts';
import { insertComment } from './comments.repository.ts';
import { statementLimits } from './statement.ts';

export type CommentOutcome = { kind: 'added'; commentId: string } | { kind: 'invalid'; error: 'required' | 'too-long' };

export async function commentOnStatement(db: Db, clock: Clock, statementId: string, author: CommentAuthorship, body: string): Promise<CommentOutcome> {
  const text = body.trim();
  if (text === '') return { kind: 'invalid', error: 'required' };
  if (text.length > statementLimits.commentMaxChars) return { kind: 'invalid', error: 'too-long' };
  const id = newId();
  await insertComment(db, { id, statementId, author, body: text, createdAt: clock.now().toISOString() });
  return { kind: 'added', commentId: id };
}
