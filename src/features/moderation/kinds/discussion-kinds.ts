// Discussion threads and posts lent to moderation through discussions' index.ts. A network's thread is its
// coordinators' to moderate; a public forum's is platform staff's. Readers of a hidden item see "hidden by
// moderators"; moderators here still read a post's text, to judge it and any appeal.
import { findStoredPost, findThread, hidePost, hideThread, postPath, restorePost, restoreThread, threadPath, type Place } from '../../discussions/index.ts';
import { pseudonymLabel } from '../../members/index.ts';
import { isNetworkMember } from '../../networks/index.ts';
import type { Db } from '../../../db/database.ts';
import type { AuthorRef, ModeratedKind, ModerationDeps, Scope } from '../moderation.ts';

const scopeOfPlace = (place: Place): Scope => (place.kind === 'network' ? { networkId: place.networkId } : 'platform');

/** The context discussions make a place's pseudonyms in (discussions' placeKey), so their holder recognises them. */
const contextOf = (place: Place) => (place.kind === 'forum' ? `forum:${place.theme}` : `network:${place.networkId}`);

function authorRef(place: Place, memberId: string | null, pseudonymId: string | null): AuthorRef | null {
  if (pseudonymId) return { kind: 'pseudonym', pseudonymId, label: pseudonymLabel(pseudonymId), context: contextOf(place) };
  return memberId ? { kind: 'member', memberId } : null;
}

async function readable(db: Db, place: Place, memberId: string): Promise<boolean> {
  return place.kind === 'forum' || isNetworkMember(db, place.networkId, memberId);
}

/** Hidden or restored, a public forum's pages must not be served from the cache as they were. */
async function thenRefresh(deps: ModerationDeps, changed: Promise<boolean>): Promise<boolean> {
  const done = await changed;
  if (done) deps.publicPages.invalidate();
  return done;
}

export const threadKind: ModeratedKind = {
  kind: 'thread',
  async find(db, id) {
    const thread = await findThread(db, id);
    if (!thread) return undefined;
    const author = thread.author;
    return {
      scope: scopeOfPlace(thread.place), organisationId: null, title: thread.title, excerpt: '', url: threadPath(thread.place, id), hidden: thread.hidden,
      author: authorRef(thread.place, author.kind === 'member' ? author.memberId : null, author.kind === 'pseudonym' ? author.pseudonymId : null),
    };
  },
  async visibleTo(db, id, memberId) {
    const thread = await findThread(db, id);
    return !!thread && !thread.hidden && readable(db, thread.place, memberId);
  },
  hide: (deps, id, reason) => thenRefresh(deps, hideThread(deps.db, id, reason, deps.clock.now())),
  restore: (deps, id) => thenRefresh(deps, restoreThread(deps.db, id)),
};

export const postKind: ModeratedKind = {
  kind: 'post',
  async find(db, id) {
    const post = await findStoredPost(db, id);
    const thread = post && (await findThread(db, post.threadId));
    if (!post || !thread || post.visibility === 'deleted') return undefined;
    return {
      scope: scopeOfPlace(thread.place), organisationId: null, title: thread.title, excerpt: post.body,
      url: postPath(thread.place, thread.id, post), hidden: post.visibility === 'hidden',
      author: authorRef(thread.place, post.authorMemberId, post.authorPseudonymId),
    };
  },
  async visibleTo(db, id, memberId) {
    const post = await findStoredPost(db, id);
    const thread = post && (await findThread(db, post.threadId));
    return !!thread && post?.visibility === 'visible' && readable(db, thread.place, memberId);
  },
  hide: (deps, id, reason) => thenRefresh(deps, hidePost(deps.db, id, reason, deps.clock.now())),
  restore: (deps, id) => thenRefresh(deps, restorePost(deps.db, id)),
};
