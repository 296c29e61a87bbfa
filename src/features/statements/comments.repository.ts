// SQL for the comments a network's members leave on a statement. A pseudonymous comment stores only the
// pseudonym's id and label: nothing in the row leads back to the account.
import type { Db, Transaction } from '../../db/database.ts';
import type { Comment, CommentAuthorship } from './comment.ts';

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
      'statement_comments.pseudonym_id', 'statement_comments.pseudonym_label', 'members.display_name'])
    .where('statement_comments.statement_id', '=', statementId)
    .orderBy('statement_comments.created_at').orderBy('statement_comments.id').execute();
  return rows.map((row) => ({
    id: row.id, body: row.body, createdAt: row.created_at,
    author: row.pseudonym_id && row.pseudonym_label ? { kind: 'pseudonym', pseudonymId: row.pseudonym_id, label: row.pseudonym_label }
      : row.author_member_id && row.display_name ? { kind: 'member', memberId: row.author_member_id, displayName: row.display_name }
        : { kind: 'former-member' },
  }));
}
