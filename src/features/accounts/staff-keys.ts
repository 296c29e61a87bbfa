// A member's key pair: made at account creation, its private half stored only wrapped under their password.
import type { KeyObject } from 'node:crypto';
import type { Db, Transaction } from '../../db/database.ts';
import { generateX25519KeyPair, rawPublicKey, unwrapPrivateKey, wrapPrivateKey } from '../../platform/crypto/index.ts';
import { findStaffKeys, updateStaffKeys, type StoredStaffKeys } from './accounts.repository.ts';

/** A new key pair, its private key wrapped under the password (for insertion with a new account). */
export async function newStaffKeys(password: string): Promise<{ stored: StoredStaffKeys; privateKey: KeyObject }> {
  const pair = generateX25519KeyPair();
  return { stored: await rewrap(pair.privateKey, password), privateKey: pair.privateKey };
}

/** The same private key wrapped under a (new) password: a password change re-encrypts nothing else. */
export async function rewrap(privateKey: KeyObject, password: string): Promise<StoredStaffKeys> {
  const { wrapped, salt } = await wrapPrivateKey(privateKey, password);
  return { publicKey: rawPublicKey(privateKey), wrappedPrivateKey: wrapped, kekSalt: salt };
}

/**
 * The member's private key, unwrapped with the password just verified. An account made before keys existed gets
 * its key pair now, the first moment its password is known.
 */
export async function unlockStaffKey(db: Db | Transaction, userId: string, password: string): Promise<KeyObject> {
  const stored = await findStaffKeys(db, userId);
  if (stored) return unwrapPrivateKey({ wrapped: stored.wrappedPrivateKey, salt: stored.kekSalt }, password);
  const made = await newStaffKeys(password);
  await updateStaffKeys(db, userId, made.stored);
  return made.privateKey;
}
