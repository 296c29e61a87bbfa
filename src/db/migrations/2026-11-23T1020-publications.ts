import type { Kysely } from 'kysely';
import { binaryType } from './column-types.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('publications')
    .addColumn('submission_id', 'text', (c) => c.primaryKey().references('submissions.id').onDelete('cascade'))
    .addColumn('call_id', 'text', (c) => c.notNull().references('calls.id').onDelete('cascade'))
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('stakeholder_type', 'text', (c) => c.notNull())
    .addColumn('display_name', 'text')
    .addColumn('countries', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('published_on', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('publications_call').on('publications').column('call_id').execute();

  await db.schema
    .createTable('published_attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('submission_id', 'text', (c) => c.notNull().references('publications.submission_id').onDelete('cascade'))
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('data', binaryType(db), (c) => c.notNull())
    .execute();
  await db.schema.createIndex('published_attachments_submission').on('published_attachments').column('submission_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('published_attachments').execute();
  await db.schema.dropTable('publications').execute();
}
