// The conversation about one input between staff and its anonymous submitter, and the publication consent a
// submitter may still give up. Entries are messages, information added later, files added later, and consent
// changes (so a withdrawal is on record, dated to the day).
import { consentChoices, type Consent } from '../submissions/index.ts';

export const entryAuthors = ['submitter', 'staff'] as const;
export type EntryAuthor = (typeof entryAuthors)[number];

export const entryKinds = ['message', 'information', 'attachment', 'consent'] as const;
export type EntryKind = (typeof entryKinds)[number];

export interface ConversationEntry {
  id: string;
  position: number;
  author: EntryAuthor;
  /** The staff member's display name for staff messages (null when their account is gone, and for the submitter). */
  staffName: string | null;
  kind: EntryKind;
  /** The text written; for a consent entry, the consent chosen. */
  content: string;
  /** For an attachment entry: the file added (null once it is deleted). */
  attachment: { id: string; filename: string; sizeBytes: number } | null;
  /** Seen by the other side. */
  seen: boolean;
  createdOn: string;
}

export interface NewEntry {
  author: EntryAuthor;
  staffUserId: string | null;
  kind: EntryKind;
  content: string;
  attachmentId: string | null;
}

/** Widest first: a submitter may move down this list, never up (giving consent again goes through staff). */
const consentOrder: readonly Consent[] = ['public-named', 'public-anonymous', 'do-not-publish'];

/** The consents a submitter may change to: only narrower than the one they gave. */
export function narrowerConsents(current: Consent | null): Consent[] {
  const index = consentOrder.indexOf(current ?? 'do-not-publish');
  return consentOrder.slice(index + 1);
}

export function isConsent(value: string): value is Consent {
  return (consentChoices as readonly string[]).includes(value);
}
