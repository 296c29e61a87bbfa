// Member accounts of the solidarity network (people, not staff): sessions, one-time email links, a second factor,
// and the pseudonym secret that only the member's password unwraps. Reveals are records a member chose to make.
import type { Kysely } from 'kysely';
import { binaryType } from './column-types.ts';

export async function up(db: Kysely<any>): Promise<void> {
  const binary = binaryType(db);
  await db.schema
    .createTable('members')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('at_risk', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('email_confirmed_at', 'text')
    .addColumn('password_changed_at', 'text', (c) => c.notNull())
    .addColumn('pseudonym_secret_wrapped', binary, (c) => c.notNull())
    .addColumn('pseudonym_kek_salt', binary, (c) => c.notNull())
    .addColumn('totp_secret_wrapped', binary)
    .addColumn('totp_pending_wrapped', binary)
    .addColumn('totp_enabled_at', 'text')
    .addColumn('totp_last_step', 'integer')
    .execute();

  await db.schema
    .createTable('member_sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('member_sessions_member').on('member_sessions').column('member_id').execute();

  await db.schema
    .createTable('member_email_links')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema.createIndex('member_email_links_member').on('member_email_links').column('member_id').execute();

  await db.schema
    .createTable('member_recovery_codes')
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addPrimaryKeyConstraint('member_recovery_codes_pk', ['member_id', 'code_hash'])
    .execute();

  await db.schema
    .createTable('pseudonym_reveals')
    .addColumn('pseudonym_id', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('context', 'text', (c) => c.notNull())
    .addColumn('statement', 'text', (c) => c.notNull())
    .addColumn('revealed_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['pseudonym_reveals', 'member_recovery_codes', 'member_email_links', 'member_sessions', 'members']) {
    await db.schema.dropTable(table).execute();
  }
}
