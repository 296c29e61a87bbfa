import type { Generated } from 'kysely';

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
  /** Submitter details and answers (JSON), encrypted under the input's content key (input-cipher.ts). */
  sealed_content: Buffer | null;
  /** The content key wrapped under a key derived from the draft's private link token; dropped at submission. */
  draft_key_box: Buffer | null;
  /** The content key wrapped under a key derived (argon2id) from the receipt code; set at submission. */
  receipt_key_box: Buffer | null;
  /** 'form' | 'email': how the input arrived. */
  channel: Generated<string>;
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
  /** The file name as sent, encrypted under the input's content key. */
  sealed_name: Buffer | null;
  media_type: string;
  /** Size of the clear file: metadata the threat model lists as kept in clear. */
  size_bytes: number;
  /** The file's bytes, encrypted under the input's content key. */
  data: Buffer;
  created_on: string;
}

/** An input's content key sealed to one holder's public key (X25519 sealed box). */
export interface InputKeyBoxesTable {
  submission_id: string;
  /** A staff member's id, or 'escrow' for the mandate's offline recovery key. */
  holder: string;
  box: Buffer;
}

export interface SubmissionsTables {
  submissions: SubmissionsTable;
  submission_countries: SubmissionCountriesTable;
  attachments: AttachmentsTable;
  input_key_boxes: InputKeyBoxesTable;
}
