// Inputs encrypted at rest. Answers, contact details, file names and bytes, and the conversation become ciphertext
// under a per-input content key; the key itself is stored only wrapped: under the draft's private link while it is
// a draft, under the receipt code once submitted, and sealed to each key holder (input_key_boxes).
// Databases of the pre-release versions held inputs in clear; no key can be made for them after the fact (the draft
// links and receipt codes were never stored), so this migration refuses to run over such rows rather than keep them
// readable or drop them silently.
import { sql, type Kysely } from 'kysely';
import { binaryType } from './column-types.ts';

export async function up(db: Kysely<any>): Promise<void> {
  const { n } = await db.selectFrom('submissions').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  if (Number(n) > 0) {
    throw new Error(
      `This database holds ${n} input(s) stored in clear by a pre-release version, which cannot be encrypted afterwards. ` +
      'Export what you need, then empty the submissions table (or start from a new database) and run the migration again.',
    );
  }
  const binary = binaryType(db);
  // Added nullable: SQLite cannot add a NOT NULL column without a default; the code always writes them.
  await db.schema.alterTable('submissions').addColumn('sealed_content', binary).execute();
  await db.schema.alterTable('submissions').addColumn('draft_key_box', binary).execute();
  await db.schema.alterTable('submissions').addColumn('receipt_key_box', binary).execute();
  await db.schema.alterTable('submissions').dropColumn('content').execute();

  await db.schema.alterTable('attachments').addColumn('sealed_name', binary).execute();
  await db.schema.alterTable('attachments').dropColumn('filename').execute();
  // A hash of the clear bytes would let anyone holding a copy confirm that a known document was sent.
  await db.schema.alterTable('attachments').dropColumn('sha256').execute();

  await db.schema.alterTable('follow_up_messages').addColumn('sealed_content', binary).execute();
  await db.schema.alterTable('follow_up_messages').dropColumn('content').execute();
  await db.deleteFrom('follow_up_sessions').execute();
  await db.schema.alterTable('follow_up_sessions').addColumn('key_box', binary).execute();

  await db.schema
    .createTable('input_key_boxes')
    .addColumn('submission_id', 'text', (c) => c.notNull().references('submissions.id').onDelete('cascade'))
    // A staff member's id, or 'escrow' for the mandate's offline recovery key.
    .addColumn('holder', 'text', (c) => c.notNull())
    .addColumn('box', binary, (c) => c.notNull())
    .addPrimaryKeyConstraint('input_key_boxes_pk', ['submission_id', 'holder'])
    .execute();
  await db.schema.createIndex('input_key_boxes_holder').on('input_key_boxes').column('holder').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('input_key_boxes').execute();
  await db.schema.alterTable('follow_up_sessions').dropColumn('key_box').execute();
  await db.schema.alterTable('follow_up_messages').dropColumn('sealed_content').execute();
  await db.schema.alterTable('follow_up_messages').addColumn('content', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('attachments').addColumn('sha256', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('attachments').addColumn('filename', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('attachments').dropColumn('sealed_name').execute();
  await db.schema.alterTable('submissions').addColumn('content', 'text', (c) => c.notNull().defaultTo('{}')).execute();
  for (const column of ['receipt_key_box', 'draft_key_box', 'sealed_content']) {
    await db.schema.alterTable('submissions').dropColumn(column).execute();
  }
}
