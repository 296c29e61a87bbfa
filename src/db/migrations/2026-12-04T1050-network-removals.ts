// A network's coordinators can remove a member organisation, with a reason its administrators read on their
// organisation's networks page: being put out of a coalition without a word would be its own harm, and the record
// lets the organisation contest it. Gone with the network or the organisation.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('network_removals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('network_id', 'text', (c) => c.notNull().references('networks.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('reason', 'text', (c) => c.notNull())
    // The coordinator who removed it, for the network's own record; a removed account leaves null.
    .addColumn('removed_by', 'text', (c) => c.references('members.id').onDelete('set null'))
    .addColumn('removed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('network_removals_organisation').on('network_removals').columns(['organisation_id', 'removed_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('network_removals').execute();
}
