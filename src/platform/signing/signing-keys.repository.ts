// SQL for the platform's signing keys. Only the current key's wrapped private half is ever read, and only to sign.
import type { Db, Transaction } from '../../db/database.ts';
import type { SigningKeysTable } from './signing-keys.table.ts';
import type { PublicSigningKey } from './verify-with-keys.ts';

export const ed25519Algorithm = 'Ed25519';

export interface CurrentKeyRow {
  id: string;
  publicKey: Buffer;
  wrappedPrivateKey: Buffer;
}

/** The key to sign with now, if one was made. */
export async function findCurrentSigningKey(db: Db | Transaction): Promise<CurrentKeyRow | undefined> {
  const row = await db.selectFrom('signing_keys').select(['id', 'public_key', 'wrapped_private_key'])
    .where('algorithm', '=', ed25519Algorithm).where('retired_at', 'is', null).executeTakeFirst();
  return row && { id: row.id, publicKey: Buffer.from(row.public_key), wrappedPrivateKey: Buffer.from(row.wrapped_private_key) };
}

/** False when another instance made the current key first (the partial unique index refused this one). */
export async function insertCurrentSigningKey(db: Db | Transaction, row: Omit<SigningKeysTable, 'retired_at' | 'compromised'>): Promise<boolean> {
  const result = await db.insertInto('signing_keys').values({ ...row, retired_at: null, compromised: 0 })
    .onConflict((conflict) => conflict.doNothing()).executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Retires the current key, if any; returns its id. */
export async function retireCurrentSigningKey(trx: Transaction, retiredAt: string, compromised: boolean): Promise<string | undefined> {
  const row = await trx.updateTable('signing_keys').set({ retired_at: retiredAt, compromised: compromised ? 1 : 0 })
    .where('algorithm', '=', ed25519Algorithm).where('retired_at', 'is', null).returning('id').executeTakeFirst();
  return row?.id;
}

/** Every public key, current and retired, oldest first: what verification and the published list need. */
export async function listPublicSigningKeys(db: Db | Transaction): Promise<PublicSigningKey[]> {
  const rows = await db.selectFrom('signing_keys').select(['id', 'public_key', 'created_at', 'retired_at', 'compromised'])
    .orderBy('created_at').orderBy('id').execute();
  return rows.map((row) => ({
    keyId: row.id, publicKey: Buffer.from(row.public_key), createdAt: row.created_at, retiredAt: row.retired_at, compromised: row.compromised === 1,
  }));
}
