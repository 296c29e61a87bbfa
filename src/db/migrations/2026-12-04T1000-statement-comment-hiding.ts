// Comments on statements can be hidden by the network's coordinators (MODERATION.md), like discussion posts: the
// words stay for an appeal, and readers see "hidden by moderators" with the reason (a moderation reason's key).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('statement_comments').addColumn('hidden_at', 'text').execute();
  await db.schema.alterTable('statement_comments').addColumn('hidden_reason', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('statement_comments').dropColumn('hidden_reason').execute();
  await db.schema.alterTable('statement_comments').dropColumn('hidden_at').execute();
}
