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
  body: string;
  author: CommentAuthor;
  createdAt: string;
}

/** The context a pseudonym is made for: one per statement, so an at-risk member's comments on two statements do not link. */
export const commentContext = (statementId: string): string => `statement:${statementId}`;
