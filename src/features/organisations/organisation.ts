// Organisations of the solidarity network (issue 6): who they are, who belongs to them and how visible they choose to
// be. Kinds, roles and at-risk levels are stable keys stored in the database; people read them through i18n.
import type { Theme } from '../../platform/vocabulary/solidarity-vocabulary.ts';

export const organisationKinds = [
  'ngo', 'network', 'trade-union', 'indigenous-peoples', 'community-group', 'academic', 'nhri', 'faith-based',
  'foundation', 'other',
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const organisationRoles = ['admin', 'member'] as const;
export type OrganisationRole = (typeof organisationRoles)[number];

/**
 * How far an organisation's profile reaches. `off`: public. `verified-members`: only signed-in members of verified
 * organisations (and its network partners). `networks`: only members of organisations it shares a network with.
 */
export const atRiskModes = ['off', 'verified-members', 'networks'] as const;
export type AtRiskMode = (typeof atRiskModes)[number];

export interface Organisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  countries: readonly string[];
  themes: readonly Theme[];
  languages: readonly string[];
  description: string;
  /** An http(s) URL, shown with rel="nofollow noopener" and never fetched by the server. */
  website: string | null;
  atRiskMode: AtRiskMode;
  /** When platform staff last verified it; null when not (or no longer) verified. */
  verifiedAt: string | null;
  createdAt: string;
  /** Hidden by platform staff (MODERATION.md), with a moderation reason's key; null while shown. */
  hidden: { at: string; reason: string } | null;
}

export interface OrganisationMembership {
  organisationId: string;
  memberId: string;
  role: OrganisationRole;
  joinedAt: string;
}

/** A line of an organisation's member list as one viewer may read it. */
export interface MemberRow {
  memberId: string;
  /** Null when withheld from this viewer (an at-risk member seen by someone outside the organisation). */
  displayName: string | null;
  role: OrganisationRole;
  joinedAt: string;
}

export const isOrganisationKind = (value: string): value is OrganisationKind => (organisationKinds as readonly string[]).includes(value);
export const isOrganisationRole = (value: string): value is OrganisationRole => (organisationRoles as readonly string[]).includes(value);
export const isAtRiskMode = (value: string): value is AtRiskMode => (atRiskModes as readonly string[]).includes(value);

/** Languages an organisation may say it works in (ISO 639-1); names come from Intl in the reader's language. */
export const workingLanguages = [
  'ar', 'bn', 'de', 'en', 'es', 'fa', 'fr', 'ha', 'hi', 'id', 'it', 'ja', 'ko', 'ms', 'my', 'ne', 'pt', 'qu', 'ru',
  'rw', 'sw', 'ta', 'th', 'tl', 'tr', 'uk', 'ur', 'vi', 'wo', 'yo', 'zh', 'zu',
] as const;
export const isWorkingLanguage = (value: string): boolean => (workingLanguages as readonly string[]).includes(value);

export function languageName(code: string, locale: string): string {
  return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
}

/** Limits on what a person types, in one place. */
export const organisationLimits = {
  nameMaxChars: 200, descriptionMaxChars: 5000, websiteMaxChars: 500, evidenceMaxChars: 5000,
  /** An invitation link works this long; its email address is deleted after. */
  invitationDays: 14,
} as const;

/**
 * A website as typed, checked without fetching it: an absolute http or https URL with a host, no credentials.
 * Returns the normalised URL or null.
 */
export function normaliseWebsite(typed: string): string | null {
  const text = typed.trim();
  if (text === '' || text.length > organisationLimits.websiteMaxChars) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname || !url.hostname.includes('.') || url.username || url.password) return null;
  return url.toString();
}
