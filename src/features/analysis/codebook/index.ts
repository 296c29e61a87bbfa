// The codebook and the code suggester: pure functions over text, used by the analysis workspace.
export {
  categoryKeys,
  choicesWithCodes,
  codeForChoice,
  hrc56Codebook,
  type CategoryDefinition,
  type CategoryKey,
  type CodebookLanguage,
  type CodeDefinition,
} from './codebook.ts';
export { CodeSuggester, suggestCodes, type CodeSuggestion } from './suggest-codes.ts';
export { fold } from './words.ts';
export { stem, type StemLanguage } from './stem.ts';
