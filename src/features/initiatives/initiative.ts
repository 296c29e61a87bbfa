// Solidarity initiatives (issue 6): a post describing an initiative, tagged by the human rights and themes it
// concerns and the countries where it happens, with a few pictures, moderated before anyone else sees it. The
// International Solidarity Map and list show the published ones. Tags are keys of the shared vocabulary.
import type { HumanRight, Theme } from '../../platform/vocabulary/solidarity-vocabulary.ts';

/**
 * pending: waiting for staff (new, or edited since); published: public; rejected: staff said no, with a reason the
 * author reads; withdrawn: the author took it down (final). Hiding by moderators is apart (hiddenAt), see MODERATION.md.
 */
export const initiativeStatuses = ['pending', 'published', 'rejected', 'withdrawn'] as const;
export type InitiativeStatus = (typeof initiativeStatuses)[number];

/** Who posted it, as readers see it: a member (maybe for an organisation), a pseudonym, or an account since removed. */
export type InitiativeAuthor =
  | { kind: 'member'; memberId: string; displayName: string; organisation: { id: string; name: string } | null }
  | { kind: 'pseudonym'; pseudonymId: string; label: string }
  | { kind: 'former-member' };

/** How a new or edited initiative is signed. A pseudonym is all that is stored for an at-risk member. */
export type InitiativeAuthorship =
  | { kind: 'member'; memberId: string; organisationId: string | null }
  | { kind: 'pseudonym'; pseudonymId: string; label: string };

export interface InitiativeImage {
  id: string;
  initiativeId: string;
  position: number;
  mediaType: 'image/jpeg' | 'image/png';
  width: number;
  height: number;
  alt: string;
  byteSize: number;
}

/** What the author writes; the same shape for posting and editing. */
export interface InitiativeContent {
  title: string;
  description: string;
  rights: HumanRight[];
  themes: Theme[];
  countries: string[];
  /** YYYY-MM-DD or null. */
  startsOn: string | null;
  endsOn: string | null;
  link: string | null;
  language: string;
}

export interface Initiative extends InitiativeContent {
  id: string;
  author: InitiativeAuthor;
  status: InitiativeStatus;
  rejectionReason: string | null;
  hiddenAt: string | null;
  hiddenReason: string | null;
  images: InitiativeImage[];
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
}

export const initiativeLimits = Object.freeze({
  titleMaxChars: 200,
  descriptionMaxChars: 10_000,
  linkMaxChars: 500,
  altMaxChars: 300,
  reasonMaxChars: 2_000,
  maxCountries: 30,
  maxImages: 4,
  imageMaxBytes: 2 * 1024 * 1024,
  /** A larger picture is a burden on slow links and a decoding risk; a phone photo is about 4000 pixels wide. */
  imageMaxSide: 8_000,
  perPage: 20,
});

/** Languages an initiative may be written in: the UN's six, then languages common among the network's members. */
export const initiativeLanguages = ['en', 'fr', 'es', 'ar', 'zh', 'ru', 'pt', 'sw', 'hi', 'bn', 'ur', 'id', 'tr', 'fa', 'de', 'it'] as const;

export const isInitiativeLanguage = (value: string): boolean => (initiativeLanguages as readonly string[]).includes(value);

export function languageName(code: string, locale: string): string {
  return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
}

/** Whether the public may read it (list, page, map, search, images). */
export function isPublic(initiative: Pick<Initiative, 'status' | 'hiddenAt'>): boolean {
  return initiative.status === 'published' && initiative.hiddenAt === null;
}

/** The author may change it until they withdraw it; a change to a published one goes back to moderation. */
export function isEditable(initiative: Pick<Initiative, 'status'>): boolean {
  return initiative.status !== 'withdrawn';
}

export const initiativePath = (id: string) => `/initiatives/${encodeURIComponent(id)}`;
export const imagePath = (image: Pick<InitiativeImage, 'initiativeId' | 'id'>) => `${initiativePath(image.initiativeId)}/images/${image.id}`;

/** A page number from a query string: 1 for anything that is not a positive whole number. */
export function pageNumber(value: string | undefined): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1;
}
