// Input references embed the call's code (HRC56-2024-0042): two calls sharing a code would hand out the same one.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('calls_reference_code_unique').on('calls').column('reference_code').unique().execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('calls_reference_code_unique').execute();
}
