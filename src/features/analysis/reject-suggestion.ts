// A staff member says a suggested code does not apply to a paragraph. The rejection is sealed under the input's
// key like a coding (it says something about the input), keeps who and the day, and from then on the suggestion
// is not offered for that paragraph to anyone. Rejecting the same code on the same paragraph twice is one rejection.
import { dayOf } from '../../platform/clock.ts';
import { newId } from '../../platform/tokens.ts';
import type { AnalysisDeps, OpenedInput } from './analysis-deps.ts';
import { passageIn, samePlace, type PassageProblem, type SuggestionRejection, type TextRef } from './coding.ts';
import { findCode } from './codebook.repository.ts';
import { lockInputForCoding } from './codings.repository.ts';
import { rejectionsOf } from './list-rejections.ts';
import { insertRejection } from './rejections.repository.ts';
import { sealRejection } from './sealed-records.ts';

export interface RejectSuggestionRequest extends TextRef {
  codeId: string;
  start: number;
  end: number;
}

export type RejectSuggestionOutcome =
  | { kind: 'rejected'; rejection: SuggestionRejection }
  | { kind: 'refused'; reason: 'unknown-code' | PassageProblem };

export async function rejectSuggestion(
  deps: AnalysisDeps, opened: OpenedInput, staffId: string, request: RejectSuggestionRequest,
): Promise<RejectSuggestionOutcome> {
  const code = await findCode(deps.db, request.codeId);
  if (!code || code.callId !== opened.input.callId) return { kind: 'refused', reason: 'unknown-code' };
  const passage = passageIn(opened.input.content, request, request.start, request.end);
  if (typeof passage === 'string') return { kind: 'refused', reason: passage };
  const { cipher } = opened;
  return deps.db.transaction().execute(async (trx) => {
    // Locked as codings are, so two clicks at once do not both find "not rejected yet".
    await lockInputForCoding(trx, cipher.submissionId);
    const current = await rejectionsOf(trx, cipher);
    const same = current.find((r) => r.codeId === code.id && samePlace(r.passage, passage));
    if (same) return { kind: 'rejected', rejection: same } as const;
    const rejection: SuggestionRejection = { id: newId(), codeId: code.id, passage, rejectedBy: staffId, rejectedOn: dayOf(deps.clock.now()) };
    await insertRejection(trx, cipher.submissionId, sealRejection(cipher, rejection));
    return { kind: 'rejected', rejection } as const;
  });
}
