// The discussion of a statement inside its network: a plain list of comments, oldest first. At-risk members comment
// under their pseudonym for this statement, as they post in threads.

/** Who wrote a comment, as readers see it. */
export type CommentAuthor =
  | { kind: 'member'; memberId: string; displayName: string }
  | { kind: 'pseudonym'; pseudonymId: string; label: string }
  | { kind: 'former-member' };

/** How a new comment is signed: by the member, or only by their pseudonym in this statement. */
export type CommentAuthorship = { kind: 'member'; memberId: string } | { kind: 'pseudonym'; pseudonymId: string; label: string };

export interface Comment {
  id: string;
  /** Empty while moderators hide the comment: its words are kept for an appeal, never shown to readers. */
  body: string;
  author: CommentAuthor;
  createdAt: string;
  /** The moderation reason's key while moderators hide the comment; null while it is shown. */
  hiddenReason: string | null;
  hidden: boolean;
}

/** A comment as stored, for moderation: its words even while hidden, and its author exactly as the row keeps it. */
export interface StoredComment {
  id: string;
  statementId: string;
  body: string;
  /** Null once a member's account is removed. */
  author: CommentAuthorship | null;
  hidden: boolean;
}

/** The context a pseudonym is made for: one per statement, so an at-risk member's comments on two statements do not link. */
export const commentContext = (statementId: string): string => `statement:${statementId}`;
