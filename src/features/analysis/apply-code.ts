// A staff member applies a code to a passage they selected (or a paragraph, without JavaScript). The offsets are
// checked against the decrypted text, and the passage itself is kept in the sealed coding, so a page can show it
// and notice if the text under it ever changed. Applying the same code to the same passage twice is one coding.
import { dayOf } from '../../platform/clock.ts';
import { newId } from '../../platform/tokens.ts';
import type { AnalysisDeps, OpenedInput } from './analysis-deps.ts';
import { passageIn, samePlace, type Coding, type PassageProblem, type TextRef } from './coding.ts';
import { changeCodings } from './change-codings.ts';
import { findCode } from './codebook.repository.ts';

export interface ApplyCodeRequest extends TextRef {
  codeId: string;
  start: number;
  end: number;
  /** 'suggestion-accepted' when staff accepted a suggested code. */
  source?: 'staff' | 'suggestion-accepted';
}

export type ApplyCodeOutcome =
  | { kind: 'applied'; coding: Coding }
  | { kind: 'refused'; reason: 'unknown-code' | 'archived-code' | 'not-found' | PassageProblem };

export async function applyCode(deps: AnalysisDeps, opened: OpenedInput, staffId: string, request: ApplyCodeRequest): Promise<ApplyCodeOutcome> {
  const code = await findCode(deps.db, request.codeId);
  if (!code || code.callId !== opened.input.callId) return { kind: 'refused', reason: 'unknown-code' };
  if (code.archived) return { kind: 'refused', reason: 'archived-code' };
  const passage = passageIn(opened.input.content, request, request.start, request.end);
  if (typeof passage === 'string') return { kind: 'refused', reason: passage };

  const outcome = await changeCodings(deps.db, opened.cipher, (current) => {
    const same = current.find((c) => c.codeId === code.id && c.anchor.kind === 'passage' && samePlace(c.anchor, passage));
    if (same) return { add: [], remove: [], result: same };
    const coding: Coding = {
      id: newId(), codeId: code.id, anchor: { kind: 'passage', ...passage }, codedBy: staffId,
      source: request.source ?? 'staff', codedOn: dayOf(deps.clock.now()),
    };
    return { add: [coding], remove: [], result: coding };
  });
  return outcome === 'not-found' ? { kind: 'refused', reason: 'not-found' } : { kind: 'applied', coding: outcome };
}
