// The statements tables (migration 2026-12-03T1080-statements.ts says why each column is there, or is not).
export interface StatementsTable {
  id: string;
  network_id: string;
  kind: string;
  original_language: string;
  /** JSON array of theme keys. */
  themes: string;
  /** JSON array of country codes. */
  countries: string;
  created_at: string;
  published_at: string | null;
  /** Set while platform staff hide the published statement; hidden_reason is a moderation reason's key. */
  hidden_at: string | null;
  hidden_reason: string | null;
}

export interface StatementVersionsTable {
  statement_id: string;
  version: number;
  language: string;
  title: string;
  text: string;
  created_at: string;
}

export interface StatementCommentsTable {
  id: string;
  statement_id: string;
  /** Null for a pseudonymous comment (and for an account since removed). */
  author_member_id: string | null;
  pseudonym_id: string | null;
  pseudonym_label: string | null;
  body: string;
  created_at: string;
  /** Set while moderators hide the comment; hidden_reason is a moderation reason's key. */
  hidden_at: string | null;
  hidden_reason: string | null;
}

export interface StatementSignaturesTable {
  id: string;
  statement_id: string;
  organisation_id: string;
  signed_by: string | null;
  signed_at: string;
  withdrawn_by: string | null;
  withdrawn_at: string | null;
}

export interface StatementSignedFilesTable {
  statement_id: string;
  language: string;
  version: number;
  /** The signed file exactly as it is downloaded. */
  document: string;
  issued_at: string;
}

export interface StatementsTables {
  statements: StatementsTable;
  statement_versions: StatementVersionsTable;
  statement_comments: StatementCommentsTable;
  statement_signatures: StatementSignaturesTable;
  statement_signed_files: StatementSignedFilesTable;
}
