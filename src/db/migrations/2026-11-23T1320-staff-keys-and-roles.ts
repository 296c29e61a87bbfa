// Staff keys held by people: each member's X25519 public key, and the private key wrapped under a key derived from
// their password (never stored in clear). TOTP second factor, sealed to the member's own key. Roles widen: the old
// catch-all 'staff' becomes 'call-manager', which keeps what it could do without being able to decrypt inputs.
import { sql, type Kysely } from 'kysely';
import { binaryType } from './column-types.ts';

export async function up(db: Kysely<any>): Promise<void> {
  const binary = binaryType(db);
  // Nullable: accounts made before this migration get their key pair at their next sign-in (the password is needed).
  await db.schema.alterTable('staff_users').addColumn('public_key', binary).execute();
  await db.schema.alterTable('staff_users').addColumn('wrapped_private_key', binary).execute();
  await db.schema.alterTable('staff_users').addColumn('kek_salt', binary).execute();
  await db.schema.alterTable('staff_users').addColumn('totp_secret_sealed', binary).execute();
  await db.schema.alterTable('staff_users').addColumn('totp_pending_sealed', binary).execute();
  await db.schema.alterTable('staff_users').addColumn('totp_enabled_at', 'text').execute();
  await db.schema.alterTable('staff_users').addColumn('totp_last_step', 'integer').execute();
  await sql`update staff_users set role = 'call-manager' where role = 'staff'`.execute(db);
  await sql`update setup_tokens set role = 'call-manager' where role = 'staff'`.execute(db);

  await db.schema
    .createTable('staff_recovery_codes')
    .addColumn('user_id', 'text', (c) => c.notNull().references('staff_users.id').onDelete('cascade'))
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addPrimaryKeyConstraint('staff_recovery_codes_pk', ['user_id', 'code_hash'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('staff_recovery_codes').execute();
  await sql`update staff_users set role = 'staff' where role <> 'admin'`.execute(db);
  await sql`update setup_tokens set role = 'staff' where role is not null and role <> 'admin'`.execute(db);
  for (const column of ['totp_last_step', 'totp_enabled_at', 'totp_pending_sealed', 'totp_secret_sealed', 'kek_salt', 'wrapped_private_key', 'public_key']) {
    await db.schema.alterTable('staff_users').dropColumn(column).execute();
  }
}
