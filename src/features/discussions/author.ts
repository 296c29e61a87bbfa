// Who is writing, as the discussion rules need it: the member's account, how their posts here are signed (their
// name, or in at-risk mode their pseudonym in this place), and whether a stored pseudonym is theirs — which only
// their own session can tell. Own posts are recognised either way, so turning at-risk mode on or off keeps them.
import type { Author, Authorship } from './discussion.ts';
import type { StoredPost } from './threads.repository.ts';

export interface Writer {
  memberId: string;
  authorship: Authorship;
  holdsPseudonym(pseudonymId: string): boolean;
}

export function isMine(post: Pick<StoredPost, 'authorMemberId' | 'authorPseudonymId'>, writer: Writer): boolean {
  if (post.authorMemberId !== null) return post.authorMemberId === writer.memberId;
  return post.authorPseudonymId !== null && writer.holdsPseudonym(post.authorPseudonymId);
}


/** An author as the columns store them, to match against blocks: a member id or a pseudonym id (neither when gone). */
export function authorIds(author: Author | Authorship): { memberId: string | null; pseudonymId: string | null } {
  return { memberId: author.kind === 'member' ? author.memberId : null, pseudonymId: author.kind === 'pseudonym' ? author.pseudonymId : null };
}
