export interface FollowUpSessionsTable {
  /** SHA-256 of the cookie's token: a database copy cannot be replayed as a session. */
  token_hash: string;
  submission_id: string;
  /** The only precise time kept about a submitter, and only while the session lives (30 minutes idle). */
  expires_at: string;
  /** The input's content key wrapped under a key derived from the cookie's token: no cookie, no key. */
  key_box: Buffer | null;
}

export interface FollowUpMessagesTable {
  id: string;
  submission_id: string;
  /** Order within the conversation: 1, 2, 3… (days alone cannot order two messages of one day). */
  position: number;
  /** 'submitter' | 'staff' */
  author: string;
  staff_user_id: string | null;
  /** 'message' | 'information' | 'attachment' | 'consent' */
  kind: string;
  /** What was written (or the new consent), encrypted under the input's content key. */
  sealed_content: Buffer | null;
  attachment_id: string | null;
  /** Seen by the other side: staff for the submitter's entries, the submitter for staff messages. */
  seen: number;
  /** Days only, for both sides. */
  created_on: string;
}

export interface FollowUpTables {
  follow_up_sessions: FollowUpSessionsTable;
  follow_up_messages: FollowUpMessagesTable;
}
