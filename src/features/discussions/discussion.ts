// Discussion threads (issue 6, "Exchange of ideas"): a thread lives in one place, a public forum per theme of the
// shared vocabulary or a network (readable only by members of the network's organisations). A thread is a title,
// a language and its posts; the first post opens it. Authors are members, or pseudonyms for at-risk members, whose
// posts keep only the pseudonym's id and label: nothing in the database ties them to an account.
import { isTheme, type Theme } from '../../platform/vocabulary/solidarity-vocabulary.ts';

export type Place = { kind: 'forum'; theme: Theme } | { kind: 'network'; networkId: string };

/** The place as one string, for digest subscriptions: `forum:<theme>` or `network:<id>`. */
export function placeKey(place: Place): string {
  return place.kind === 'forum' ? `forum:${place.theme}` : `network:${place.networkId}`;
}

export function placeFromKey(key: string): Place | null {
  const [kind, value = ''] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  if (kind === 'forum' && isTheme(value)) return { kind, theme: value };
  if (kind === 'network' && value) return { kind, networkId: value };
  return null;
}

/** The place a stored thread belongs to (its forum_theme or network_id column); null for an unknown theme. */
export function placeOfColumns(row: { forum_theme: string | null; network_id: string | null }): Place | null {
  if (row.network_id) return { kind: 'network', networkId: row.network_id };
  return row.forum_theme !== null && isTheme(row.forum_theme) ? { kind: 'forum', theme: row.forum_theme } : null;
}

/** Where a place's threads live: `/forums/<theme>/threads/…` or `/networks/<id>/threads/…`. */
export function threadsRoot(place: Place): string {
  return place.kind === 'forum' ? `/forums/${place.theme}/threads` : `/networks/${encodeURIComponent(place.networkId)}/threads`;
}

/** Where a place's threads are listed: a forum's own page, or a network's threads page. */
export function placePath(place: Place): string {
  return place.kind === 'forum' ? `/forums/${place.theme}` : threadsRoot(place);
}

export function threadPath(place: Place, threadId: string): string {
  return `${threadsRoot(place)}/${threadId}`;
}

/** Who wrote a post, as readers see it. A pseudonymous author is only a label; a removed account has no name. */
export type Author =
  | { kind: 'member'; memberId: string; displayName: string }
  | { kind: 'pseudonym'; pseudonymId: string; label: string }
  | { kind: 'former-member' };

/** How a new post is signed: by the member, or by their pseudonym in that place (nothing else is stored). */
export type Authorship = { kind: 'member'; memberId: string } | { kind: 'pseudonym'; pseudonymId: string; label: string };

export type Visibility = 'visible' | 'deleted' | 'hidden';

export interface Post {
  id: string;
  threadId: string;
  position: number;
  /** Empty when the post is deleted or hidden: readers never receive the text. */
  body: string;
  author: Author;
  createdAt: string;
  editedAt: string | null;
  visibility: Visibility;
  /** Why moderators hid it (a reason key), when they did. */
  hiddenReason: string | null;
}

export interface ThreadSummary {
  id: string;
  place: Place;
  title: string;
  language: string;
  author: Author;
  createdAt: string;
  lastPostedAt: string;
  postCount: number;
  hidden: boolean;
  hiddenReason: string | null;
}

export const discussionLimits = Object.freeze({
  titleMaxChars: 200,
  bodyMaxChars: 20_000,
  threadsPerPage: 20,
  postsPerPage: 25,
});

/** The page of its thread a post is on. Deleted, hidden and blocked posts keep their places, so positions page as stored. */
export const pageOfPosition = (position: number) => Math.ceil(position / discussionLimits.postsPerPage);

/** A post's address: the page of its thread that holds it, at the post's anchor. */
export function postPath(place: Place, threadId: string, post: { id: string; position: number }): string {
  return `${threadPath(place, threadId)}?page=${pageOfPosition(post.position)}#post-${post.id}`;
}

/** Languages a thread may be written in: the UN's six, then languages common among the network's organisations. */
export const threadLanguages = ['en', 'fr', 'es', 'ar', 'zh', 'ru', 'pt', 'sw', 'hi', 'bn', 'ur', 'id', 'tr', 'fa', 'de', 'it'] as const;

export function isThreadLanguage(value: string): boolean {
  return (threadLanguages as readonly string[]).includes(value);
}

/** A page number from a query string: 1 for anything that is not a positive whole number. */
export function pageNumber(value: string | undefined): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1;
}
