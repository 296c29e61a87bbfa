// Who may do what with threads. Public forums are read by anyone and written by signed-in members; a network's
// threads are read and written only by members of its organisations, and to anyone else they do not exist.
import type { Db } from '../../db/database.ts';
import type { Place } from './discussion.ts';
import { isNetworkMember } from './network-access.ts';
import type { StoredPost } from './threads.repository.ts';

export async function canRead(db: Db, place: Place, memberId: string | undefined): Promise<boolean> {
  if (place.kind === 'forum') return true;
  return memberId !== undefined && isNetworkMember(db, place.networkId, memberId);
}

/** A post is its author's to edit or delete while it is neither deleted nor hidden by moderators. */
export function canChange(post: StoredPost, mine: boolean): boolean {
  return mine && post.visibility === 'visible';
}
