// Which recipients receive which call's inputs: their public keys are the ones each input's content key is sealed to.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('call_recipients')
    .addColumn('call_id', 'text', (c) => c.notNull().references('calls.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('staff_users.id').onDelete('cascade'))
    .addColumn('assigned_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('call_recipients_pk', ['call_id', 'user_id'])
    .execute();
  await db.schema.createIndex('call_recipients_user').on('call_recipients').column('user_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('call_recipients').execute();
}
