// Passkeys as a member's second factor (WebAuthn): the public key and signature counter of each credential a member
// added, with the name they gave it. No attestation is kept: the platform does not choose which authenticators count.
import type { Kysely } from 'kysely';
import { binaryType } from './column-types.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('member_passkeys')
    .addColumn('credential_id', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('public_key', binaryType(db), (c) => c.notNull())
    // WebAuthn's signature counter is an unsigned 32-bit number: beyond PostgreSQL's integer.
    .addColumn('counter', 'bigint', (c) => c.notNull())
    .addColumn('transports', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .execute();
  await db.schema.createIndex('member_passkeys_member').on('member_passkeys').column('member_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('member_passkeys').execute();
}
