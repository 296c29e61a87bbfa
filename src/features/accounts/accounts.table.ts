export interface StaffUsersTable {
  id: string;
  email: string;
  display_name: string;
  password_hash: string;
  role: string;
  created_at: string;
  password_changed_at: string;
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

export interface AccountsTables {
  staff_users: StaffUsersTable;
  staff_sessions: StaffSessionsTable;
  setup_tokens: SetupTokensTable;
}
