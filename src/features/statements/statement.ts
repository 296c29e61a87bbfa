// Solidarity statements and appeals (issue 6): drafted and discussed inside a network, published by its
// coordinators, then co-signed by organisations. Once published, a text never changes in place: a correction or a
// translation is a new version, so any copy circulating elsewhere can be matched to the exact words it claims.
import type { Theme } from '../../platform/vocabulary/solidarity-vocabulary.ts';

export const statementKinds = ['statement', 'appeal'] as const;
export type StatementKind = (typeof statementKinds)[number];

/** The six UN languages: a statement is written in one and translated into any other. */
export const statementLanguages = ['en', 'fr', 'es', 'ar', 'zh', 'ru'] as const;
export type StatementLanguage = (typeof statementLanguages)[number];
export const isStatementLanguage = (value: string): value is StatementLanguage => (statementLanguages as readonly string[]).includes(value);

/** Text direction of a language, so Arabic text reads right to left inside a page in another language. */
export const directionOfLanguage = (language: string): 'ltr' | 'rtl' => (language === 'ar' ? 'rtl' : 'ltr');

export const statementLimits = Object.freeze({ titleMaxChars: 300, textMaxChars: 30_000, commentMaxChars: 5_000 });

export interface Statement {
  id: string;
  networkId: string;
  kind: StatementKind;
  /** The language it was drafted in: the one shown when the reader's language has no version. */
  originalLanguage: StatementLanguage;
  themes: Theme[];
  countries: string[];
  createdAt: string;
  /** Null while a draft; set once by publication and never moved. */
  publishedAt: string | null;
  /** Set while platform staff hide it (a moderation reason's key): readers see its title and why, nothing else. */
  hidden: { at: string; reason: string } | null;
}

/** One text of a statement: versions are numbered across languages, 1, 2, 3…, in the order they were made. */
export interface StatementVersion {
  statementId: string;
  version: number;
  language: StatementLanguage;
  title: string;
  text: string;
  createdAt: string;
}

export const isPublished = (statement: Statement): boolean => statement.publishedAt !== null;

/** Published and not hidden by moderators: on the list, in search, open to co-signing, its signed file on offer. */
export const isOnPublicView = (statement: Statement): boolean => statement.publishedAt !== null && statement.hidden === null;

/** The newest version in each language, by language. */
export function currentVersions(versions: readonly StatementVersion[]): Map<StatementLanguage, StatementVersion> {
  const current = new Map<StatementLanguage, StatementVersion>();
  for (const version of versions) {
    const known = current.get(version.language);
    if (!known || known.version < version.version) current.set(version.language, version);
  }
  return current;
}

/** The version a reader sees: the one asked for, else the reader's locale, else the original language. */
export function pickVersion(statement: Statement, versions: readonly StatementVersion[], wanted: readonly (string | undefined)[]): StatementVersion | undefined {
  const current = currentVersions(versions);
  for (const language of [...wanted, statement.originalLanguage]) {
    const version = language && isStatementLanguage(language) ? current.get(language) : undefined;
    if (version) return version;
  }
  return current.values().next().value;
}

/** What a version is to readers: the first text, a translation (first in its language) or a correction. */
export type VersionKind = 'original' | 'translation' | 'correction';

export function versionKind(versions: readonly StatementVersion[], version: StatementVersion): VersionKind {
  const earlierInLanguage = versions.some((v) => v.language === version.language && v.version < version.version);
  if (earlierInLanguage) return 'correction';
  return versions.some((v) => v.version < version.version) ? 'translation' : 'original';
}

/** The languages a statement has a text in, in the order the UN lists them. */
export function availableLanguages(versions: readonly StatementVersion[]): StatementLanguage[] {
  const present = new Set(versions.map((v) => v.language));
  return statementLanguages.filter((language) => present.has(language));
}
