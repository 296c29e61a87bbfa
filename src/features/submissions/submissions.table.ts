export interface SubmissionsTable {
  id: string;
  call_id: string;
  questionnaire_id: string;
  stakeholder_type: string;
  /** 'draft' | 'submitted' */
  status: string;
  /** SHA-256 of the private link token; the token itself is only ever in the submitter's hands. */
  access_token_hash: string;
  reference: string | null;
  language: string | null;
  consent: string | null;
  late: number;
  /** 'new' | 'reviewed' */
  review_status: string;
  /** Submitter details and answers as JSON; the protection work encrypts this column. */
  content: string;
  /** Days only: the platform keeps no precise time of a submitter's actions. */
  created_on: string;
  updated_on: string;
  submitted_on: string | null;
  /** argon2id of the receipt code (site-wide salt, so it can be looked up); null for drafts. Never the code. */
  receipt_code_hash: string | null;
}

export interface SubmissionCountriesTable {
  submission_id: string;
  country_code: string;
}

export interface AttachmentsTable {
  id: string;
  submission_id: string;
  /** The question part a file answers (`<questionId>:<partKey>`), or null for a general attachment. */
  part_ref: string | null;
  filename: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  data: Buffer;
  created_on: string;
}

export interface SubmissionsTables {
  submissions: SubmissionsTable;
  submission_countries: SubmissionCountriesTable;
  attachments: AttachmentsTable;
}
