// Moderation of the solidarity network (docs/MODERATION.md): reports about content or people, a queue per place,
// hide / restore with a recorded reason, blocks, appeals. The content itself belongs to other features; they lend
// it to moderation through a ModeratedKind (kinds/), so this feature never reads their tables.
import type { AppDeps } from '../../deps.ts';
import type { Db } from '../../db/database.ts';

/** The only grounds for hiding anything (MODERATION.md "What is removed"); also the grounds of a report. */
export const moderationReasons = ['harassment', 'hate-speech', 'doxing', 'disinformation', 'threat-of-violence', 'spam'] as const;
export type ModerationReason = (typeof moderationReasons)[number];

export const isModerationReason = (value: string): value is ModerationReason => (moderationReasons as readonly string[]).includes(value);

/** Where an item lives, which decides who moderates it: a network's coordinators, or platform staff. */
export type Scope = 'platform' | { networkId: string };

export const networkIdOf = (scope: Scope): string | null => (scope === 'platform' ? null : scope.networkId);
export const scopeOf = (networkId: string | null): Scope => (networkId === null ? 'platform' : { networkId });

/**
 * Who wrote an item, as far as the database knows: a member, or only a pseudonym and the context it was made for
 * (so its holder's session, and nobody else, can recognise it). Never a pseudonymous author's account.
 */
export type AuthorRef =
  | { kind: 'member'; memberId: string }
  | { kind: 'pseudonym'; pseudonymId: string; label: string; context: string };

/** What moderators are shown of an item (even while it is hidden: they judge the text, readers do not see it). */
export interface ModeratedItem {
  scope: Scope;
  author: AuthorRef | null;
  /** The organisation the item speaks for or is about: its members may not moderate it. */
  organisationId: string | null;
  title: string;
  excerpt: string;
  url: string | null;
  hidden: boolean;
}

/** What decisions need of the app: the database, the clock, and the public page cache hiding must clear. */
export type ModerationDeps = Pick<AppDeps, 'db' | 'clock' | 'publicPages'>;

/** A kind of thing that can be reported, lent by the feature that owns it. hide/restore are absent for people. */
export interface ModeratedKind {
  kind: string;
  find(db: Db, id: string): Promise<ModeratedItem | undefined>;
  /** Whether this member can read the item (a report form must not reveal a private network's thread). */
  visibleTo(db: Db, id: string, memberId: string): Promise<boolean>;
  hide?(deps: ModerationDeps, id: string, reason: ModerationReason): Promise<boolean>;
  restore?(deps: ModerationDeps, id: string): Promise<boolean>;
  /**
   * Items of this kind with no personal author that this member answers for (an organisation's profile, for its
   * administrators at the time of asking): they are told of hidings on them and may appeal, as an author would.
   */
  itemsAnsweredFor?(db: Db, memberId: string): Promise<string[]>;
  /**
   * What this kind's items are when they have no personal author by design (an organisation's profile speaks for the
   * organisation), so a case page says so rather than take the missing author for a member who has left.
   */
  authorless?: AuthorlessItem;
}

/** The kinds of item that have no personal author by design; each has its wording under `moderation.authorless.*`. */
export type AuthorlessItem = 'organisation-profile' | 'network-statement';

/** Who is acting: a platform administrator, or a member coordinating networks (whose session recognises their pseudonyms). */
export type Moderator =
  | { kind: 'staff'; staffId: string }
  | { kind: 'coordinator'; memberId: string; holdsPseudonym(context: string, pseudonymId: string): boolean };

export const moderationLimits = Object.freeze({
  noteMaxChars: 2_000,
  appealMaxChars: 4_000,
  queuePageSize: 100,
});

/** One reported item: its reports are grouped here and every decision on it refers to it. */
export interface ModerationCase {
  id: string;
  kind: string;
  itemId: string;
  scope: Scope;
  author: AuthorRef | null;
  organisationId: string | null;
  openedAt: string;
}

export const moderationActions = ['hide', 'restore', 'dismiss', 'block', 'lift-block'] as const;
export type ModerationAction = (typeof moderationActions)[number];
