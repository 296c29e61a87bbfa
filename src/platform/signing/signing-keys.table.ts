/** The platform's Ed25519 signing keys: at most one current (retired_at null), the retired ones kept for verifying. */
export interface SigningKeysTable {
  /** The key's fingerprint (ed25519.ts keyFingerprint): what a signed file names. */
  id: string;
  algorithm: string;
  /** Raw 32-byte public key: published, shown on the verification page. */
  public_key: Buffer;
  /** The 32-byte seed, AES-256-GCM under a key derived from SESSION_SECRET (platform-key.ts); never in clear. */
  wrapped_private_key: Buffer;
  created_at: string;
  retired_at: string | null;
  /** 1 when retired because the private key may have leaked: its signatures are no longer vouched for. */
  compromised: number;
}

export interface SigningTables {
  signing_keys: SigningKeysTable;
}
