// A setup link can also invite a colleague: it then carries the invited email and role. The first-account link
// carries neither (and makes an admin).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('setup_tokens').addColumn('email', 'text').execute();
  await db.schema.alterTable('setup_tokens').addColumn('role', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('setup_tokens').dropColumn('role').execute();
  await db.schema.alterTable('setup_tokens').dropColumn('email').execute();
}
