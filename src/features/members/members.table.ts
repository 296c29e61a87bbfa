export interface MembersTable {
  id: string;
  /** Trimmed and lower-cased, so one address is one account. */
  email: string;
  /** The name other members see; need not be a real name. */
  display_name: string;
  password_hash: string;
  /** 1 when the member posts under per-context pseudonyms (at-risk mode), else 0. */
  at_risk: number;
  created_at: string;
  email_confirmed_at: string | null;
  password_changed_at: string;
  /** The 32-byte pseudonym secret wrapped under a key derived (argon2id) from the password; never in clear. */
  pseudonym_secret_wrapped: Buffer;
  pseudonym_kek_salt: Buffer;
  /** The TOTP secret wrapped under a key derived from SESSION_SECRET: it must survive a password reset. */
  totp_secret_wrapped: Buffer | null;
  /** A secret shown for enrolment and not yet confirmed with a code. */
  totp_pending_wrapped: Buffer | null;
  totp_enabled_at: string | null;
  /** The last TOTP time step accepted, so a code cannot be used twice. */
  totp_last_step: number | null;
}

export interface MemberSessionsTable {
  /** SHA-256 of the cookie value, so a database copy cannot be replayed as a session. */
  token_hash: string;
  member_id: string;
  created_at: string;
  expires_at: string;
}

export interface MemberEmailLinksTable {
  /** SHA-256 of the token in the emailed link. */
  token_hash: string;
  member_id: string;
  purpose: 'confirm-email' | 'reset-password';
  expires_at: string;
  used_at: string | null;
}

export interface MemberRecoveryCodesTable {
  member_id: string;
  code_hash: string;
  used_at: string | null;
}

/** A member's own, voluntary statement that a pseudonym is theirs: the only link the database holds. */
export interface PseudonymRevealsTable {
  pseudonym_id: string;
  member_id: string;
  context: string;
  statement: string;
  revealed_at: string;
}

/** A passkey (WebAuthn credential) a member added as a second factor; no attestation is stored. */
export interface MemberPasskeysTable {
  /** The credential id, base64url, as the browser reports it. */
  credential_id: string;
  member_id: string;
  /** The name the member gave it, to tell their passkeys apart. */
  name: string;
  /** The COSE public key the signatures are checked with. */
  public_key: Buffer;
  /** The authenticator's last signature counter: a counter that goes back is a cloned authenticator. */
  counter: number;
  /** JSON array of transports ('internal', 'usb', 'hybrid'…) the browser reported, handed back as hints. */
  transports: string;
  created_at: string;
  last_used_at: string | null;
}

export interface MembersTables {
  members: MembersTable;
  member_sessions: MemberSessionsTable;
  member_email_links: MemberEmailLinksTable;
  member_recovery_codes: MemberRecoveryCodesTable;
  pseudonym_reveals: PseudonymRevealsTable;
  member_passkeys: MemberPasskeysTable;
}
