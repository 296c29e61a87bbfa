// The platform's Ed25519 signing (docs/AUTHENTICITY.md): features sign documents and check signed files through here.
export { CanonicalFormError, canonicalJson, normaliseJson } from './canonical-json.ts';
export { groupedFingerprint, keyFingerprint } from './ed25519.ts';
export { currentSigningKey, rotateSigningKey, SigningKeyUnavailableError } from './platform-key.ts';
export { publishedKeysDocument, publishedKeysFormat, publishedKeysPath, PublishedKeysError, readPublishedKeys } from './published-keys.ts';
export { signDocument } from './sign-document.ts';
export { readSignedFile, signedFileFormat, signedFileMaxBytes, type MalformedReason, type SignedFile } from './signed-file.ts';
export { listPublicSigningKeys } from './signing-keys.repository.ts';
export { parseStrictJson, StrictJsonError, type JsonObject, type JsonValue } from './strict-json.ts';
export { verifySignedFile } from './verify-signed-file.ts';
export { verifyWithKeys, type PublicSigningKey, type Verification } from './verify-with-keys.ts';
