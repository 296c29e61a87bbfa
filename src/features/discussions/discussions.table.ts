export interface DiscussionThreadsTable {
  id: string;
  /** A public forum's theme, or null for a network's thread. */
  forum_theme: string | null;
  network_id: string | null;
  title: string;
  language: string;
  /** Null for a pseudonymous thread (and for an account since removed). */
  author_member_id: string | null;
  author_pseudonym_id: string | null;
  author_pseudonym_label: string | null;
  created_at: string;
  last_posted_at: string;
  post_count: number;
  hidden_at: string | null;
  hidden_reason: string | null;
}

export interface DiscussionPostsTable {
  id: string;
  thread_id: string;
  position: number;
  body: string;
  author_member_id: string | null;
  author_pseudonym_id: string | null;
  author_pseudonym_label: string | null;
  created_at: string;
  edited_at: string | null;
  deleted_at: string | null;
  hidden_at: string | null;
  hidden_reason: string | null;
}

export interface DiscussionMentionsTable {
  post_id: string;
  member_id: string;
}

export interface DiscussionPseudonymMentionsTable {
  post_id: string;
  pseudonym_id: string;
}

export interface DiscussionNotificationSettingsTable {
  member_id: string;
  on_reply: number;
  on_mention: number;
  daily_digest: number;
  language: string;
  updated_at: string;
}

export interface DiscussionDigestPlacesTable {
  member_id: string;
  place: string;
}

export interface DigestsSentTable {
  member_id: string;
  day: string;
  claimed_at: string;
}

export interface DiscussionsTables {
  discussion_threads: DiscussionThreadsTable;
  discussion_posts: DiscussionPostsTable;
  discussion_mentions: DiscussionMentionsTable;
  discussion_pseudonym_mentions: DiscussionPseudonymMentionsTable;
  discussion_notification_settings: DiscussionNotificationSettingsTable;
  discussion_digest_places: DiscussionDigestPlacesTable;
  digests_sent: DigestsSentTable;
}
