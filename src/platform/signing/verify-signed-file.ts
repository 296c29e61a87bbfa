// Checking a signed file against this installation's own keys, current and retired.
import type { Db } from '../../db/database.ts';
import { listPublicSigningKeys } from './signing-keys.repository.ts';
import { verifyWithKeys, type Verification } from './verify-with-keys.ts';

export async function verifySignedFile(db: Db, input: string | Uint8Array): Promise<Verification> {
  return verifyWithKeys(input, await listPublicSigningKeys(db));
}
