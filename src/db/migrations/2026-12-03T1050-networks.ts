// Networks of organisations (issue 6): member organisations, coordinators (members of member organisations) and
// pending invitations and join requests, one row per network and organisation whichever side asked.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('networks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('themes', 'text', (c) => c.notNull()) // JSON ["housing", …]
    .addColumn('countries', 'text', (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('networks_visibility_name').on('networks').columns(['visibility', 'name']).execute();

  await db.schema
    .createTable('network_organisations')
    .addColumn('network_id', 'text', (c) => c.notNull().references('networks.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('joined_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('network_organisations_pk', ['network_id', 'organisation_id'])
    .execute();
  await db.schema.createIndex('network_organisations_organisation').on('network_organisations').column('organisation_id').execute();

  await db.schema
    .createTable('network_coordinators')
    .addColumn('network_id', 'text', (c) => c.notNull().references('networks.id').onDelete('cascade'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('appointed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('network_coordinators_pk', ['network_id', 'member_id'])
    .execute();
  await db.schema.createIndex('network_coordinators_member').on('network_coordinators').column('member_id').execute();

  await db.schema
    .createTable('network_applications')
    .addColumn('network_id', 'text', (c) => c.notNull().references('networks.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('asked_by', 'text', (c) => c.references('members.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('network_applications_pk', ['network_id', 'organisation_id'])
    .execute();
  await db.schema.createIndex('network_applications_organisation').on('network_applications').column('organisation_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['network_applications', 'network_coordinators', 'network_organisations', 'networks']) {
    await db.schema.dropTable(table).execute();
  }
}
