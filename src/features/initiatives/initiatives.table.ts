// The initiatives tables (migration 2026-12-03T1060-initiatives.ts says why each column is there).

export interface InitiativesTable {
  id: string;
  /** Null for a pseudonymous author, or once the account is removed. */
  author_member_id: string | null;
  author_pseudonym_id: string | null;
  author_pseudonym_label: string | null;
  organisation_id: string | null;
  title: string;
  description: string;
  language: string;
  link: string | null;
  starts_on: string | null;
  ends_on: string | null;
  status: string;
  rejection_reason: string | null;
  moderated_by: string | null;
  moderated_at: string | null;
  hidden_at: string | null;
  hidden_reason: string | null;
  created_at: string;
  updated_at: string;
  published_at: string | null;
}

export interface InitiativeTagsTable {
  initiative_id: string;
  kind: 'right' | 'theme' | 'country';
  value: string;
}

export interface InitiativeImagesTable {
  id: string;
  initiative_id: string;
  position: number;
  media_type: string;
  width: number;
  height: number;
  alt: string;
  byte_size: number;
  data: Buffer;
}

export interface InitiativesTables {
  initiatives: InitiativesTable;
  initiative_tags: InitiativeTagsTable;
  initiative_images: InitiativeImagesTable;
}
