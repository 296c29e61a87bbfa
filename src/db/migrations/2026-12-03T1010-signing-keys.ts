// The platform's signing keys (docs/AUTHENTICITY.md). A partial unique index allows one current key per algorithm,
// so two instances creating the first key at the same moment cannot both succeed: the loser reads the winner's key.
import { sql, type Kysely } from 'kysely';
import { binaryType } from './column-types.ts';

export async function up(db: Kysely<any>): Promise<void> {
  const binary = binaryType(db);
  await db.schema
    .createTable('signing_keys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('algorithm', 'text', (c) => c.notNull())
    .addColumn('public_key', binary, (c) => c.notNull())
    .addColumn('wrapped_private_key', binary, (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('retired_at', 'text')
    .addColumn('compromised', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('signing_keys_one_current').on('signing_keys').column('algorithm').unique()
    .where(sql.ref('retired_at'), 'is', null).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('signing_keys').execute();
}
