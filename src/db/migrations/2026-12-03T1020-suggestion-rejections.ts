// Suggestions staff rejected (issue 5): "code K does not apply to paragraph P of input I" says something about a
// confidential input, so, like a coding, everything about it (which code, which paragraph, who, the day) is
// sealed under the input's content key; only the input it belongs to is in clear, to list an input's rejections.
import type { Kysely } from 'kysely';
import { binaryType } from './column-types.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('suggestion_rejections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('submission_id', 'text', (c) => c.notNull().references('submissions.id').onDelete('cascade'))
    .addColumn('sealed_rejection', binaryType(db), (c) => c.notNull())
    .execute();
  await db.schema.createIndex('suggestion_rejections_submission').on('suggestion_rejections').column('submission_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('suggestion_rejections').execute();
}
