// What every answer on the per-question page needs to draw its forms: where they post, the codebook, the
// suggester, who is who, and the filters to carry back.
import type { Question } from '../../calls/index.ts';
import type { AnswerFilters } from '../answer-filters.ts';
import type { Code } from '../codebook.ts';
import type { CodeSuggester } from '../codebook/index.ts';
import type { CategoryWithCodes } from '../list-codebook.ts';

/** A refused action, shown beside the paragraph (or answer) it was about. */
export interface PassageError {
  inputId: string;
  partRef: string;
  field: string;
  start: number;
  /** Message key. */
  key: string;
}

export interface WorkspaceContext {
  /** `/staff/calls/:id/questions/:questionId`: the page, and the prefix of its actions. */
  base: string;
  question: Question;
  codebook: CategoryWithCodes[];
  /** Every code of the call by id, archived ones too (existing codings still name them). */
  codesById: Map<string, Code>;
  /** Active codes by key, for suggestions. */
  activeByKey: Map<string, Code>;
  suggester: CodeSuggester;
  staffNames: Map<string, string>;
  filters: AnswerFilters;
  page: number;
  error: PassageError | null;
}
