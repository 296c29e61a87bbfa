// Staff mark a passage as a quote for the quote bank. Marking is allowed whatever the consent (staff may quote
// internally); how it may be attributed, or whether it may leave the team at all, is decided when it is read.
import { dayOf } from '../../platform/clock.ts';
import { newId } from '../../platform/tokens.ts';
import type { AnalysisDeps, OpenedInput } from './analysis-deps.ts';
import { passageIn, type PassageProblem, type Quote, type TextRef } from './coding.ts';
import { insertQuote } from './codings.repository.ts';
import { sealQuote } from './sealed-records.ts';

export type MarkQuoteOutcome = { kind: 'marked'; quote: Quote } | { kind: 'refused'; reason: PassageProblem };

export async function markQuote(
  deps: AnalysisDeps, opened: OpenedInput, staffId: string, request: TextRef & { start: number; end: number },
): Promise<MarkQuoteOutcome> {
  const passage = passageIn(opened.input.content, request, request.start, request.end);
  if (typeof passage === 'string') return { kind: 'refused', reason: passage };
  const quote: Quote = { id: newId(), passage, markedBy: staffId, markedOn: dayOf(deps.clock.now()) };
  await insertQuote(deps.db, opened.cipher.submissionId, sealQuote(opened.cipher, quote));
  return { kind: 'marked', quote };
}
