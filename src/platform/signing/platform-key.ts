// The platform's signing key: made at first use, stored in the database with its private half wrapped under a key
// derived from SESSION_SECRET (HKDF, a purpose of its own), so every instance on one PostgreSQL signs with the same key
// without a key file to distribute. The trade-off — whoever holds both a database copy and the secret can sign — is in
// docs/THREAT_MODEL.md. Rotation retires the current key; retired public halves stay so old files still verify.
import { hkdfSync, type KeyObject } from 'node:crypto';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { aeadOpen, aeadSeal, keyBytes } from '../crypto/aead.ts';
import { DecryptionFailedError } from '../crypto/errors.ts';
import { ed25519PrivateKeyFromSeed, ed25519Seed, generateEd25519KeyPair, keyFingerprint } from './ed25519.ts';
import {
  ed25519Algorithm, findCurrentSigningKey, insertCurrentSigningKey, retireCurrentSigningKey, type CurrentKeyRow,
} from './signing-keys.repository.ts';

const wrapVersion = 1;

/** The current key cannot be unwrapped: SESSION_SECRET changed since it was made, or the row was altered. */
export class SigningKeyUnavailableError extends Error {
  constructor(readonly keyId: string) {
    super(`the signing key ${keyId} does not open with this SESSION_SECRET (was the secret changed?). `
      + 'Run `npm run rotate-signing-key` to retire it and sign with a new key; files it signed still verify.');
    this.name = 'SigningKeyUnavailableError';
  }
}

export interface SigningKey {
  keyId: string;
  privateKey: KeyObject;
}

function wrappingKey(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, '', `isp signing-key wrap v${wrapVersion}`, keyBytes));
}

/** The key's id is authenticated with it, so a wrapped seed moved to another row does not open. */
const additionalData = (keyId: string) => Buffer.from(`isp signing-key v${wrapVersion} ${keyId}`, 'utf8');

export function wrapSigningSeed(seed: Buffer, secret: string, keyId: string): Buffer {
  return Buffer.concat([Buffer.of(wrapVersion), aeadSeal(wrappingKey(secret), seed, additionalData(keyId))]);
}

function unwrap(row: CurrentKeyRow, secret: string): SigningKey {
  try {
    if (row.wrappedPrivateKey[0] !== wrapVersion) throw new DecryptionFailedError();
    const seed = aeadOpen(wrappingKey(secret), row.wrappedPrivateKey.subarray(1), additionalData(row.id));
    const privateKey = ed25519PrivateKeyFromSeed(seed);
    return { keyId: row.id, privateKey };
  } catch (error) {
    if (error instanceof DecryptionFailedError || error instanceof RangeError) throw new SigningKeyUnavailableError(row.id);
    throw error;
  }
}

function newKeyRow(secret: string, now: Date) {
  const { publicKey, privateKey } = generateEd25519KeyPair();
  const id = keyFingerprint(publicKey);
  return {
    id, algorithm: ed25519Algorithm, public_key: publicKey,
    wrapped_private_key: wrapSigningSeed(ed25519Seed(privateKey), secret, id), created_at: now.toISOString(),
  };
}

/** The key to sign with, made now if there is none yet. */
export async function currentSigningKey(db: Db, secret: string, now: Date): Promise<SigningKey> {
  let row = await findCurrentSigningKey(db);
  if (!row) {
    // Two instances may get here at once: the unique index lets one insert, and both then read the same key.
    await insertCurrentSigningKey(db, newKeyRow(secret, now));
    row = await findCurrentSigningKey(db);
    if (!row) throw new Error('no current signing key after creating one');
  }
  return unwrap(row, secret);
}

/**
 * Retires the current key and makes a new one, in one transaction. `compromised` when its private half may have
 * leaked: files it signed then read as "revoked", since whoever took it could have signed them too.
 */
export async function rotateSigningKey(
  db: Db, config: Pick<Config, 'sessionSecret'>, now: Date, options: { compromised?: boolean } = {},
): Promise<{ retired: string | undefined; current: string }> {
  return db.transaction().execute(async (trx) => {
    const retired = await retireCurrentSigningKey(trx, now.toISOString(), options.compromised === true);
    const row = newKeyRow(config.sessionSecret, now);
    if (!(await insertCurrentSigningKey(trx, row))) throw new Error('another rotation made a new key at the same time: try again');
    return { retired, current: row.id };
  });
}
