// Signing a document for other features (statements): the file text a reader downloads and anyone can check.
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { signEd25519 } from './ed25519.ts';
import { currentSigningKey } from './platform-key.ts';
import { renderSignedFile, signingBytes, unsignedContent } from './signed-file.ts';
import type { JsonObject } from './strict-json.ts';

/**
 * The signed file for `payload` (a plain JSON object: strings, safe integers, booleans, null, arrays, objects; its
 * strings are put in NFC). `kind` names what it is (lower-case, e.g. "solidarity-statement") so one kind of file
 * cannot pass for another. Throws CanonicalFormError for a payload JSON cannot carry exactly, and
 * SigningKeyUnavailableError when the key does not open with this SESSION_SECRET.
 */
export async function signDocument(db: Db, config: Pick<Config, 'sessionSecret'>, kind: string, payload: object, signedAt: Date): Promise<string> {
  const key = await currentSigningKey(db, config.sessionSecret, signedAt);
  const signed = unsignedContent(kind, key.keyId, signedAt, payload as JsonObject);
  return renderSignedFile(signed, signEd25519(key.privateKey, signingBytes(signed)));
}
