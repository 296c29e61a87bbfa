// The moderation tables (migration 2026-12-03T1090-moderation.ts says why each is there).

export interface ModerationCasesTable {
  id: string;
  kind: string;
  item_id: string;
  /** The network whose coordinators moderate the item; null for platform staff's places. */
  network_id: string | null;
  author_member_id: string | null;
  author_pseudonym_id: string | null;
  author_pseudonym_label: string | null;
  author_context: string | null;
  organisation_id: string | null;
  opened_at: string;
}

export interface ModerationReportsTable {
  id: string;
  case_id: string;
  reporter_member_id: string | null;
  reason: string;
  note: string | null;
  created_at: string;
  handled_at: string | null;
}

export interface ModerationActionsTable {
  id: string;
  case_id: string;
  action: string;
  reason: string | null;
  note: string | null;
  posting_block_id: string | null;
  moderator_member_id: string | null;
  moderator_staff_id: string | null;
  at: string;
}

export interface ModerationAppealsTable {
  id: string;
  action_id: string;
  case_id: string;
  statement: string;
  created_at: string;
  decided_at: string | null;
  outcome: string | null;
  decision_note: string | null;
  decided_by_staff_id: string | null;
}

export interface MemberBlocksTable {
  id: string;
  blocker_member_id: string;
  blocked_member_id: string | null;
  blocked_pseudonym_id: string | null;
  blocked_pseudonym_label: string | null;
  created_at: string;
}

export interface PostingBlocksTable {
  id: string;
  case_id: string | null;
  network_id: string | null;
  member_id: string | null;
  pseudonym_id: string | null;
  pseudonym_label: string | null;
  pseudonym_context: string | null;
  reason: string;
  note: string | null;
  ends_at: string | null;
  created_at: string;
  lifted_at: string | null;
}

export interface ModerationTables {
  moderation_cases: ModerationCasesTable;
  moderation_reports: ModerationReportsTable;
  moderation_actions: ModerationActionsTable;
  moderation_appeals: ModerationAppealsTable;
  member_blocks: MemberBlocksTable;
  posting_blocks: PostingBlocksTable;
}
