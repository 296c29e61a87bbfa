// A call's codebook as staff edit it: categories holding codes, each with labels in the three working languages
// and term lists per language (the suggestions read them). Labels are staff-written, never confidential.
import type { Translated } from '../calls/index.ts';

export const codebookLanguages = ['en', 'fr', 'es'] as const;
export type CodebookLanguage = (typeof codebookLanguages)[number];

/** Terms per language that suggest a code, e.g. { en: ['surveillance'], fr: ['surveillance'], es: ['vigilancia'] }. */
export type TermLists = Partial<Record<CodebookLanguage, readonly string[]>>;

export interface Category {
  id: string;
  callId: string;
  key: string;
  label: Translated;
  position: number;
}

export interface Code {
  id: string;
  callId: string;
  categoryId: string;
  key: string;
  label: Translated;
  terms: TermLists;
  position: number;
  archived: boolean;
}

/** A codebook to seed from (the HRC56 one, or any other): categories and codes named by key, not id. */
export interface CodebookDefinition {
  categories: readonly { key: string; label: Translated }[];
  codes: readonly { key: string; category: string; label: Translated; terms: TermLists }[];
}

/** Lowercase words joined by single hyphens: safe in URLs, CSV headers and message keys. */
export const codeKeyPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Each language's terms trimmed, without blanks or repeats. */
export function cleanTerms(terms: TermLists): TermLists {
  const cleaned: TermLists = {};
  for (const language of codebookLanguages) {
    const list = terms[language] ?? [];
    cleaned[language] = [...new Set(list.map((term) => term.trim()).filter((term) => term !== ''))];
  }
  return cleaned;
}
