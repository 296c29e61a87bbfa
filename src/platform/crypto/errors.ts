// Typed failures, so callers can tell "wrong password" from "this ciphertext was altered" and never get garbage.

/** The data cannot be opened with this key: it was altered, belongs to another record, or the key is wrong. */
export class DecryptionFailedError extends Error {
  constructor(message = 'decryption failed: wrong key, wrong record or altered data') {
    super(message);
    this.name = 'DecryptionFailedError';
  }
}

/** A wrapped private key refused the password: the password is wrong (or the stored wrap was altered). */
export class WrongPasswordError extends DecryptionFailedError {
  constructor() {
    super('the password does not unwrap this key');
    this.name = 'WrongPasswordError';
  }
}

/** A blob carries a version this code does not know: refuse rather than guess its layout. */
export class UnsupportedFormatError extends DecryptionFailedError {
  constructor(what: string, version: number | undefined) {
    super(`unsupported ${what} format version ${version ?? '(empty)'}`);
    this.name = 'UnsupportedFormatError';
  }
}
