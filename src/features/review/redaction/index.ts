// Redaction before publication: suggestions of personal data in the published texts, the chosen passages replaced
// by marks that carry only a reason, the no-JavaScript form staff use, and the views.
export * from './redaction.ts';
export { suggestRedactions, suggestFieldRedactions, suggestionId, type SuggestOptions } from './suggest-redactions.ts';
export {
  applyRedactions, findPassage, hasRedactions, localiseRedactions, neutraliseMarkers, redactionMarker, splitRedactions, type RedactedPart,
} from './apply-redactions.ts';
export {
  initialRedactionChoice, planOf, readRedactionForm, redactionFields, redactionIntents, type RedactionChoice, type RedactionFormResult,
  type RedactionIntent,
} from './redaction-form.ts';
export {
  coSignersFieldKey, hasRedactedTexts, knownNamesOf, mapPublishedTexts, publishedFields, redactFields, redactPublishedTexts, type PublishedTexts,
} from './published-fields.ts';
export { RedactedText } from './views/redacted-text.tsx';
export { RedactionView, type RedactionViewProps } from './views/redaction-view.tsx';
