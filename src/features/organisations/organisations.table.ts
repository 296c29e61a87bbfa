export interface OrganisationsTable {
  id: string;
  name: string;
  kind: string;
  /** JSON arrays of codes (`["FR","SN"]`): read whole, filtered with LIKE '%"FR"%' (quotes delimit a code). */
  countries: string;
  themes: string;
  languages: string;
  description: string;
  website: string | null;
  at_risk_mode: string;
  verified_at: string | null;
  created_at: string;
  updated_at: string;
  /** Set only by moderation (hide / restore), never by a profile edit, so an edit cannot undo a hiding. */
  hidden_at: string | null;
  hidden_reason: string | null;
}

export interface OrganisationMembersTable {
  organisation_id: string;
  member_id: string;
  role: string;
  joined_at: string;
}

export interface OrganisationInvitationsTable {
  id: string;
  organisation_id: string;
  /** Shown to the organisation's admins while pending; the row is deleted once accepted or withdrawn. */
  email: string;
  /** SHA-256 of the link's token: a database copy cannot be turned into a working link. */
  token_hash: string;
  invited_by: string | null;
  created_at: string;
  expires_at: string;
}

export interface OrganisationVerificationNotesTable {
  id: string;
  organisation_id: string;
  /** The staff member who decided; null when verification lapsed by itself (the organisation was renamed). */
  staff_id: string | null;
  at: string;
  outcome: string;
  /** What staff checked. Private: only staff pages read this table. */
  evidence: string;
}

/** Deleted organisations, by id only: the name leaves with the organisation (delete-organisation.ts says why). */
export interface OrganisationDeletionsTable {
  organisation_id: string;
  deleted_by: string | null;
  deleted_at: string;
  signatures_withdrawn: number;
}

export interface OrganisationsTables {
  organisations: OrganisationsTable;
  organisation_members: OrganisationMembersTable;
  organisation_invitations: OrganisationInvitationsTable;
  organisation_verification_notes: OrganisationVerificationNotesTable;
  organisation_deletions: OrganisationDeletionsTable;
}
