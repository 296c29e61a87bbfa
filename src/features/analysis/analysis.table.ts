// The analysis tables (migrations 2026-11-23T1700-analysis.ts, 2026-12-03T1020-suggestion-rejections.ts and
// 2026-12-03T1850-codebook-categories-archived.ts say why each column is in clear or sealed).
import type { Generated } from 'kysely';

export interface CodebookCategoriesTable {
  id: string;
  call_id: string;
  key: string;
  /** JSON {en, fr, es} */
  labels: string;
  position: number;
  archived: Generated<number>;
}

export interface CodesTable {
  id: string;
  call_id: string;
  category_id: string;
  key: string;
  /** JSON {en, fr, es} */
  labels: string;
  /** JSON {en: string[], fr: string[], es: string[]} */
  terms: string;
  position: number;
  archived: Generated<number>;
}

export interface CodingsTable {
  id: string;
  submission_id: string;
  sealed_coding: Buffer;
}

export interface QuotesTable {
  id: string;
  submission_id: string;
  sealed_quote: Buffer;
}

export interface SuggestionRejectionsTable {
  id: string;
  submission_id: string;
  sealed_rejection: Buffer;
}

export interface CodeCountsTable {
  call_id: string;
  code_id: string;
  /** '' = every input once, whatever its countries. */
  country_code: string;
  stakeholder_type: string;
  language: string;
  inputs: number;
}

export interface AnalysisTables {
  codebook_categories: CodebookCategoriesTable;
  codes: CodesTable;
  codings: CodingsTable;
  quotes: QuotesTable;
  suggestion_rejections: SuggestionRejectionsTable;
  code_counts: CodeCountsTable;
}
