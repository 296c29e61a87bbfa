// Anonymous follow-up: the slow hash of each input's receipt code (looked up by its unique index), short-lived
// follow-up sessions, and the conversation between staff and the submitter.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('submissions').addColumn('receipt_code_hash', 'text').execute();
  // Unique, and NULL for drafts (both engines allow many NULLs in a unique index).
  await db.schema.createIndex('submissions_receipt_code_hash').on('submissions').column('receipt_code_hash').unique().execute();

  await db.schema
    .createTable('follow_up_sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('submission_id', 'text', (c) => c.notNull().references('submissions.id').onDelete('cascade'))
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('follow_up_sessions_submission').on('follow_up_sessions').column('submission_id').execute();

  await db.schema
    .createTable('follow_up_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('submission_id', 'text', (c) => c.notNull().references('submissions.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('staff_user_id', 'text', (c) => c.references('staff_users.id').onDelete('set null'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('attachment_id', 'text', (c) => c.references('attachments.id').onDelete('set null'))
    .addColumn('seen', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_on', 'text', (c) => c.notNull())
    .addUniqueConstraint('follow_up_messages_position', ['submission_id', 'position'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('follow_up_messages').execute();
  await db.schema.dropTable('follow_up_sessions').execute();
  await db.schema.dropIndex('submissions_receipt_code_hash').execute();
  await db.schema.alterTable('submissions').dropColumn('receipt_code_hash').execute();
}
