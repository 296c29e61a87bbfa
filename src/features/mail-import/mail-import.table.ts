// The email channel's tables (migration 2026-11-23T1600-mail-import.ts says why each column is what it is).
import type { Generated } from 'kysely';

export interface MailImportsTable {
  id: string;
  call_id: string | null;
  /** 'upload' | 'command' */
  origin: string;
  source_hash: string | null;
  /** 'queued' | 'running' | 'done' | 'failed' */
  status: string;
  total: Generated<number>;
  processed: Generated<number>;
  started_by: string | null;
  created_on: string;
  finished_on: string | null;
  lease_owner: string | null;
  lease_until: string | null;
  upload_key_box: Buffer | null;
}

export interface MailImportUploadsTable {
  import_id: string;
  position: number;
  sealed_file: Buffer;
}

export interface MailMessagesTable {
  id: string;
  import_id: string;
  /** 'to-sort' | 'failed' | 'sorted' | 'dismissed' */
  status: string;
  problem: string | null;
  sealed_message: Buffer;
  sealed_summary: Buffer;
  received_on: string;
  submission_id: string | null;
}

export interface MailMessageKeyBoxesTable {
  message_id: string;
  holder: string;
  box: Buffer;
}

export interface MailImportItemsTable {
  import_id: string;
  key_hash: string;
  position: number;
  /** 'imported' | 'duplicate' | 'to-sort' | 'failed' */
  outcome: string;
  /** JSON array of problem codes. */
  problems: Generated<string>;
  submission_id: string | null;
  message_id: string | null;
}

export interface MailFingerprintsTable {
  hash: string;
  submission_id: string | null;
  message_id: string | null;
}

export interface ImportedInputsTable {
  submission_id: string;
  import_id: string | null;
  sender_hash: string;
  earlier_submission_id: string | null;
  /** 'to-confirm' | 'confirmed' */
  mapping_status: string;
  sealed_analysis: Buffer;
  refuses_publication: Generated<number>;
}

export interface MailImportTables {
  mail_imports: MailImportsTable;
  mail_import_uploads: MailImportUploadsTable;
  mail_messages: MailMessagesTable;
  mail_message_key_boxes: MailMessageKeyBoxesTable;
  mail_import_items: MailImportItemsTable;
  mail_fingerprints: MailFingerprintsTable;
  imported_inputs: ImportedInputsTable;
}
