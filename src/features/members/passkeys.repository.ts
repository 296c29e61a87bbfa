// SQL for members' passkeys. Every read and write names the member too, so one member's id never reaches another's.
import { PostgresAdapter, sql } from 'kysely';
import type { Db, Transaction } from '../../db/database.ts';

type Executor = Db | Transaction;

export interface StoredPasskey {
  credentialId: string;
  name: string;
  publicKey: Buffer;
  counter: number;
  transports: string[];
  createdAt: string;
  lastUsedAt: string | null;
}

export interface NewPasskey {
  credentialId: string;
  name: string;
  publicKey: Uint8Array;
  counter: number;
  transports: readonly string[];
}

const columns = ['credential_id', 'name', 'public_key', 'counter', 'transports', 'created_at', 'last_used_at'] as const;

export async function listPasskeys(db: Executor, memberId: string): Promise<StoredPasskey[]> {
  const rows = await db.selectFrom('member_passkeys').select(columns)
    .where('member_id', '=', memberId).orderBy('created_at').orderBy('credential_id').execute();
  return rows.map((row) => ({
    credentialId: row.credential_id, name: row.name, publicKey: Buffer.from(row.public_key), counter: Number(row.counter),
    transports: JSON.parse(row.transports) as string[], createdAt: row.created_at, lastUsedAt: row.last_used_at,
  }));
}

export async function countPasskeys(db: Executor, memberId: string): Promise<number> {
  const row = await db.selectFrom('member_passkeys').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('member_id', '=', memberId).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** False when the credential is already stored (for this member or, in theory, another): ids are unique. */
export async function insertPasskey(db: Executor, memberId: string, passkey: NewPasskey, now: string): Promise<boolean> {
  const result = await db.insertInto('member_passkeys').values({
    credential_id: passkey.credentialId, member_id: memberId, name: passkey.name, public_key: Buffer.from(passkey.publicKey),
    counter: passkey.counter, transports: JSON.stringify(passkey.transports), created_at: now, last_used_at: null,
  }).onConflict((oc) => oc.column('credential_id').doNothing()).executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function deletePasskey(db: Executor, memberId: string, credentialId: string): Promise<boolean> {
  const result = await db.deleteFrom('member_passkeys')
    .where('member_id', '=', memberId).where('credential_id', '=', credentialId).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/**
 * Records a use: the new counter only if it moved forward from the one the check read (or both are 0, for
 * authenticators that keep no counter), and only if the row still holds that one, so two sign-ins racing with the
 * same counter cannot both pass.
 */
export async function recordPasskeyUse(
  db: Executor, memberId: string, credentialId: string, previousCounter: number, newCounter: number, now: string,
): Promise<boolean> {
  if (newCounter <= previousCounter && !(newCounter === 0 && previousCounter === 0)) return false;
  const result = await db.updateTable('member_passkeys').set({ counter: newCounter, last_used_at: now })
    .where('member_id', '=', memberId).where('credential_id', '=', credentialId).where('counter', '=', previousCounter)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Serialises changes to one member's second factors on PostgreSQL (SQLite serialises writers already). */
export async function lockMemberFactors(trx: Transaction, memberId: string): Promise<void> {
  if (!(trx.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`select id from members where id = ${memberId} for update`.execute(trx);
}
