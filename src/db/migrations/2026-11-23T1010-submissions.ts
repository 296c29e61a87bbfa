import type { Kysely } from 'kysely';
import { binaryType } from './column-types.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('submissions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('call_id', 'text', (c) => c.notNull().references('calls.id').onDelete('cascade'))
    .addColumn('questionnaire_id', 'text', (c) => c.notNull().references('questionnaires.id'))
    .addColumn('stakeholder_type', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('access_token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('reference', 'text', (c) => c.unique())
    .addColumn('language', 'text')
    .addColumn('consent', 'text')
    .addColumn('late', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('review_status', 'text', (c) => c.notNull().defaultTo('new'))
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('created_on', 'text', (c) => c.notNull())
    .addColumn('updated_on', 'text', (c) => c.notNull())
    .addColumn('submitted_on', 'text')
    .execute();
  await db.schema.createIndex('submissions_call_status').on('submissions').columns(['call_id', 'status']).execute();

  await db.schema
    .createTable('submission_countries')
    .addColumn('submission_id', 'text', (c) => c.notNull().references('submissions.id').onDelete('cascade'))
    .addColumn('country_code', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('submission_countries_pk', ['submission_id', 'country_code'])
    .execute();
  await db.schema.createIndex('submission_countries_code').on('submission_countries').column('country_code').execute();

  await db.schema
    .createTable('attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('submission_id', 'text', (c) => c.notNull().references('submissions.id').onDelete('cascade'))
    .addColumn('part_ref', 'text')
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('data', binaryType(db), (c) => c.notNull())
    .addColumn('created_on', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('attachments_submission').on('attachments').column('submission_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('attachments').execute();
  await db.schema.dropTable('submission_countries').execute();
  await db.schema.dropTable('submissions').execute();
}
