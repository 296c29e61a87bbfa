// Codebook categories can be archived (issue 5), like codes: never deleted, since archived codes still belong to
// them and exports name them; an archived category is no longer offered for new codes.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('codebook_categories').addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0)).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('codebook_categories').dropColumn('archived').execute();
}
