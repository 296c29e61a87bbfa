// The email channel: imports (a job each, resumable), what became of each message, the messages kept for staff
// (to sort, or that failed), and fingerprints that recognise a message imported before. Everything read from a
// message is encrypted like any input; hashes are keyed (HMAC with the site secret), so a copy of the database
// cannot confirm that a known message or sender is in it.
import type { Kysely } from 'kysely';
import { binaryType } from './column-types.ts';

export async function up(db: Kysely<any>): Promise<void> {
  const binary = binaryType(db);
  // 'form' | 'email': the inbox says how an input arrived.
  await db.schema.alterTable('submissions').addColumn('channel', 'text', (c) => c.notNull().defaultTo('form')).execute();

  await db.schema
    .createTable('mail_imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // The call chosen by staff; null lets each message find its call by subject or address.
    .addColumn('call_id', 'text', (c) => c.references('calls.id').onDelete('set null'))
    .addColumn('origin', 'text', (c) => c.notNull()) // 'upload' | 'command'
    // Keyed hash of the mailbox path (command) so running the same command again resumes this import.
    .addColumn('source_hash', 'text')
    .addColumn('status', 'text', (c) => c.notNull()) // 'queued' | 'running' | 'done' | 'failed'
    .addColumn('total', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('processed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('started_by', 'text')
    .addColumn('created_on', 'text', (c) => c.notNull())
    .addColumn('finished_on', 'text')
    // Which instance runs the job, until when: another instance takes over an expired lease.
    .addColumn('lease_owner', 'text')
    .addColumn('lease_until', 'text')
    // The upload's key, wrapped under the site secret so a restarted server can finish; deleted with the upload.
    .addColumn('upload_key_box', binary)
    .execute();
  await db.schema.createIndex('mail_imports_status').on('mail_imports').column('status').execute();

  await db.schema
    .createTable('mail_import_uploads')
    .addColumn('import_id', 'text', (c) => c.notNull().references('mail_imports.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('sealed_file', binary, (c) => c.notNull())
    .addPrimaryKeyConstraint('mail_import_uploads_pk', ['import_id', 'position'])
    .execute();

  await db.schema
    .createTable('mail_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('import_id', 'text', (c) => c.notNull().references('mail_imports.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull()) // 'to-sort' | 'failed' | 'sorted' | 'dismissed'
    // A code (see import-outcome.ts), never prose or anything from the message.
    .addColumn('problem', 'text')
    // The message as received (and what the import read of it), encrypted; its key sealed to administrators.
    .addColumn('sealed_message', binary, (c) => c.notNull())
    .addColumn('sealed_summary', binary, (c) => c.notNull())
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('submission_id', 'text', (c) => c.references('submissions.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('mail_messages_status').on('mail_messages').column('status').execute();

  await db.schema
    .createTable('mail_message_key_boxes')
    .addColumn('message_id', 'text', (c) => c.notNull().references('mail_messages.id').onDelete('cascade'))
    .addColumn('holder', 'text', (c) => c.notNull())
    .addColumn('box', binary, (c) => c.notNull())
    .addPrimaryKeyConstraint('mail_message_key_boxes_pk', ['message_id', 'holder'])
    .execute();

  await db.schema
    .createTable('mail_import_items')
    .addColumn('import_id', 'text', (c) => c.notNull().references('mail_imports.id').onDelete('cascade'))
    // Keyed hash of the message's place in its source (a file name can name the sender).
    .addColumn('key_hash', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull()) // 'imported' | 'duplicate' | 'to-sort' | 'failed'
    // Codes only (JSON array), e.g. ["attachment-encrypted"]: what went wrong, never what the message said.
    .addColumn('problems', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('submission_id', 'text', (c) => c.references('submissions.id').onDelete('set null'))
    .addColumn('message_id', 'text', (c) => c.references('mail_messages.id').onDelete('set null'))
    .addPrimaryKeyConstraint('mail_import_items_pk', ['import_id', 'key_hash'])
    .execute();

  await db.schema
    .createTable('mail_fingerprints')
    // Keyed hash of a Message-ID, or of the message's text and attachments.
    .addColumn('hash', 'text', (c) => c.primaryKey())
    .addColumn('submission_id', 'text', (c) => c.references('submissions.id').onDelete('cascade'))
    .addColumn('message_id', 'text', (c) => c.references('mail_messages.id').onDelete('cascade'))
    .execute();

  await db.schema
    .createTable('imported_inputs')
    .addColumn('submission_id', 'text', (c) => c.primaryKey().references('submissions.id').onDelete('cascade'))
    .addColumn('import_id', 'text', (c) => c.references('mail_imports.id').onDelete('set null'))
    // Keyed hash of the sender's address: links a corrected version to the earlier input of the same sender.
    .addColumn('sender_hash', 'text', (c) => c.notNull())
    .addColumn('earlier_submission_id', 'text', (c) => c.references('submissions.id').onDelete('set null'))
    // 'to-confirm' | 'confirmed': staff confirm the passages found for each question.
    .addColumn('mapping_status', 'text', (c) => c.notNull())
    // The letter's analysis (passages, guesses, the phrase refusing publication), encrypted with the input's key.
    .addColumn('sealed_analysis', binary, (c) => c.notNull())
    // Whether the message asked not to be published: shown to staff in the inbox without opening anything.
    .addColumn('refuses_publication', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('imported_inputs_sender').on('imported_inputs').column('sender_hash').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['imported_inputs', 'mail_fingerprints', 'mail_import_items', 'mail_message_key_boxes', 'mail_messages', 'mail_import_uploads', 'mail_imports']) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.alterTable('submissions').dropColumn('channel').execute();
}
