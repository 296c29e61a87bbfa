// Platform staff can hide a published statement (MODERATION.md): the row, its versions and its signed files stay,
// so its coordinators and an appeal still see it, while readers see its title and "hidden by moderators" with the
// reason (a moderation reason's key), and it leaves the list, search and co-signing until restored.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('statements').addColumn('hidden_at', 'text').execute();
  await db.schema.alterTable('statements').addColumn('hidden_reason', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('statements').dropColumn('hidden_reason').execute();
  await db.schema.alterTable('statements').dropColumn('hidden_at').execute();
}
