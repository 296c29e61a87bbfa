export interface StaffUsersTable {
  id: string;
  email: string;
  display_name: string;
  password_hash: string;
  role: string;
  created_at: string;
  password_changed_at: string;
  /** Raw 32-byte X25519 public key; null only for accounts older than keys, until their next sign-in. */
  public_key: Buffer | null;
  /** The private key wrapped under the argon2id key derived from the password and kek_salt; never in clear. */
  wrapped_private_key: Buffer | null;
  kek_salt: Buffer | null;
  /** The TOTP secret sealed to the member's own public key: opening it needs their password, not just the server. */
  totp_secret_sealed: Buffer | null;
  /** A secret shown for enrolment and not yet confirmed with a code. */
  totp_pending_sealed: Buffer | null;
  totp_enabled_at: string | null;
  /** The last TOTP time step accepted, so a code cannot be used twice. */
  totp_last_step: number | null;
}

export interface StaffSessionsTable {
  /** SHA-256 of the cookie value, so a database copy cannot be replayed as a session. */
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface SetupTokensTable {
  token_hash: string;
  expires_at: string;
  used_at: string | null;
  /** Set for an invitation; null on the first-account link printed at start. */
  email: string | null;
  role: string | null;
}

export interface StaffRecoveryCodesTable {
  user_id: string;
  /** SHA-256 of a random 80-bit code: enough entropy that a fast hash cannot be reversed. */
  code_hash: string;
  used_at: string | null;
}

export interface AuditEventsTable {
  id: string;
  at: string;
  actor_id: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  details: string;
}

export interface CallRecipientsTable {
  call_id: string;
  user_id: string;
  assigned_at: string;
}

export interface AccountsTables {
  staff_users: StaffUsersTable;
  staff_sessions: StaffSessionsTable;
  setup_tokens: SetupTokensTable;
  staff_recovery_codes: StaffRecoveryCodesTable;
  audit_events: AuditEventsTable;
  call_recipients: CallRecipientsTable;
}
