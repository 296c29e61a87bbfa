/** The published version of an input: a separate copy, so public pages never read confidential content. */
export interface PublicationsTable {
  submission_id: string;
  call_id: string;
  reference: string;
  stakeholder_type: string;
  /** Null when the submitter chose publication without identifying details. */
  display_name: string | null;
  countries: string;
  language: string;
  content: string;
  published_on: string;
}

export interface PublishedAttachmentsTable {
  id: string;
  submission_id: string;
  filename: string;
  media_type: string;
  size_bytes: number;
  data: Buffer;
}

export interface PublicationsTables {
  publications: PublicationsTable;
  published_attachments: PublishedAttachmentsTable;
}
