// The trail an organisation's deletion leaves: that the organisation with this id was deleted, when, and by which
// of its administrators, so staff can answer "where did it go" (and notice a hijacked account deleting one) without
// keeping its name. Its id is a random UUID that names nothing once the organisation's rows are gone.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('organisation_deletions')
    .addColumn('organisation_id', 'text', (c) => c.primaryKey())
    // A removed account leaves "an administrator" in the trail.
    .addColumn('deleted_by', 'text', (c) => c.references('members.id').onDelete('set null'))
    .addColumn('deleted_at', 'text', (c) => c.notNull())
    .addColumn('signatures_withdrawn', 'integer', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('organisation_deletions').execute();
}
