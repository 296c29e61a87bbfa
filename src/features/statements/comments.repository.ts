// SQL for the comments a network's members leave on a statement. A pseudonymous comment stores only the
// pseudonym's id and label: nothing in the row leads back to the account.
import type { Db, Transaction } from '../../db/database.ts';
import type { Comment, CommentAuthorship, StoredComment } from './comment.ts';

type Executor = Db | Transaction;

export async function insertComment(db: Executor, row: { id: string; statementId: string; author: CommentAuthorship; body: string; createdAt: string }): Promise<void> {
  await db.insertInto('statement_comments').values({
    id: row.id, statement_id: row.statementId, body: row.body, created_at: row.createdAt,
    author_member_id: row.author.kind === 'member' ? row.author.memberId : null,
    pseudonym_id: row.author.kind === 'pseudonym' ? row.author.pseudonymId : null,
    pseudonym_label: row.author.kind === 'pseudonym' ? row.author.label : null,
  }).execute();
}

export async function listComments(db: Executor, statementId: string): Promise<Comment[]> {
  const rows = await db.selectFrom('statement_comments')
    .leftJoin('members', 'members.id', 'statement_comments.author_member_id')
    .select(['statement_comments.id', 'statement_comments.body', 'statement_comments.created_at', 'statement_comments.author_member_id',
      'statement_comments.pseudonym_id', 'statement_comments.pseudonym_label', 'statement_comments.hidden_at', 'statement_comments.hidden_reason',
      'members.display_name'])
    .where('statement_comments.statement_id', '=', statementId)
    .orderBy('statement_comments.created_at').orderBy('statement_comments.id').execute();
  return rows.map((row) => ({
    id: row.id, body: row.hidden_at === null ? row.body : '', createdAt: row.created_at, hidden: row.hidden_at !== null, hiddenReason: row.hidden_reason,
    author: row.pseudonym_id && row.pseudonym_label ? { kind: 'pseudonym', pseudonymId: row.pseudonym_id, label: row.pseudonym_label }
      : row.author_member_id && row.display_name ? { kind: 'member', memberId: row.author_member_id, displayName: row.display_name }
        : { kind: 'former-member' },
  }));
}

export async function findComment(db: Executor, id: string): Promise<StoredComment | undefined> {
  const row = await db.selectFrom('statement_comments').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const author: CommentAuthorship | null = row.pseudonym_id && row.pseudonym_label ? { kind: 'pseudonym', pseudonymId: row.pseudonym_id, label: row.pseudonym_label }
    : row.author_member_id ? { kind: 'member', memberId: row.author_member_id } : null;
  return { id: row.id, statementId: row.statement_id, body: row.body, author, hidden: row.hidden_at !== null };
}

/** Hides (with the moderation reason's key) or shows again; false when there is no such comment. */
export async function setCommentHidden(db: Executor, id: string, hidden: { at: string; reason: string } | null): Promise<boolean> {
  const result = await db.updateTable('statement_comments').set({ hidden_at: hidden?.at ?? null, hidden_reason: hidden?.reason ?? null })
    .where('id', '=', id).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
