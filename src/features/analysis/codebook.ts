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
  /** No longer offered for new codes; only a category without active codes can be archived. */
  archived: boolean;
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

/** Lowercase words joined by single hyphens: safe in URLs, CSV headers and message keys (codes' and categories'). */
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

export type CodebookFieldError = 'required' | 'invalid' | 'taken' | 'unknown';
/** Errors by field name: key, category, label.en, label.fr, label.es. */
export type CodebookErrors = Partial<Record<string, CodebookFieldError>>;

/** A label in each working language, trimmed. */
export function cleanLabel(label: Translated): Record<CodebookLanguage, string> {
  return Object.fromEntries(codebookLanguages.map((language) => [language, (label[language] ?? '').trim()])) as Record<CodebookLanguage, string>;
}

/**
 * What is wrong with a key (null: it is fixed already) and a cleaned label: a key must be given, well formed and
 * not taken; a label is needed in every working language, since pages show the reader's.
 */
export function keyAndLabelErrors(key: string | null, label: Record<CodebookLanguage, string>, taken: (key: string) => boolean): CodebookErrors {
  const errors: CodebookErrors = {};
  if (key === '') errors.key = 'required';
  else if (key !== null && !codeKeyPattern.test(key)) errors.key = 'invalid';
  else if (key !== null && taken(key)) errors.key = 'taken';
  for (const language of codebookLanguages) if (label[language] === '') errors[`label.${language}`] = 'required';
  return errors;
}
