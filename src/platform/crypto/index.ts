// The platform's cryptography (node:crypto and argon2id only): key pairs, sealed boxes, content encryption and
// password-wrapped private keys. Features use these through this file.
export { DecryptionFailedError, UnsupportedFormatError, WrongPasswordError } from './errors.ts';
export { generateX25519KeyPair, privateKeyFromRaw, publicKeyFromRaw, rawPrivateKey, rawPublicKey, x25519KeyBytes, type X25519KeyPair } from './key-pairs.ts';
export { openSealed, seal, sealedBoxSize, sealedBoxVersion, type SealContext } from './sealed-box.ts';
export { contentCipherVersion, contentOverheadBytes, decryptContent, encryptContent, newContentKey } from './content-cipher.ts';
export { deriveKeyEncryptionKey, kekSaltBytes, unwrapPrivateKey, wrapPrivateKey, type WrappedPrivateKey } from './key-wrapping.ts';
export { secretWrapVersion, unwrapUnderSecret, wrapUnderSecret, type WrapPurpose } from './secret-wrap.ts';
export { newEscrowKeyFile, readEscrowKeyFile } from './escrow-key.ts';
