// Platform staff can hide an organisation's profile (MODERATION.md): the row stays, so its members, staff and an
// appeal still see it, while everyone else reads "hidden by moderators" with the reason (a moderation reason's key).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('organisations').addColumn('hidden_at', 'text').execute();
  await db.schema.alterTable('organisations').addColumn('hidden_reason', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('organisations').dropColumn('hidden_reason').execute();
  await db.schema.alterTable('organisations').dropColumn('hidden_at').execute();
}
