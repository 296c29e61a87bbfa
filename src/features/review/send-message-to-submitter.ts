// A staff member writes to the anonymous submitter of an input. No email goes out: the submitter has no account,
// and a notice in their inbox would reveal that they wrote to the mandate. They read it when they come back with
// their receipt code (the page says so to staff).
import type { AppDeps } from '../../deps.ts';
import { dayOf } from '../../platform/clock.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { appendEntries, followUpMessageMaxChars, inConversationTransaction } from '../follow-up/index.ts';
import type { InputCipher } from '../submissions/index.ts';

export const staffMessageField = 'message';

export type SendMessageOutcome = { kind: 'invalid'; errors: FieldErrors } | { kind: 'sent' };

export async function sendMessageToSubmitter(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  cipher: InputCipher,
  staffUserId: string,
  typed: string,
): Promise<SendMessageOutcome> {
  const text = typed.replace(/\r\n?/g, '\n');
  if (!text.trim()) return { kind: 'invalid', errors: { [staffMessageField]: { key: 'follow-up.error-message-empty' } } };
  if (text.length > followUpMessageMaxChars) {
    return { kind: 'invalid', errors: { [staffMessageField]: { key: 'follow-up.error-message-long', values: { max: followUpMessageMaxChars } } } };
  }
  const day = dayOf(deps.clock.now());
  await inConversationTransaction(deps.db, (trx) => appendEntries(trx, cipher, [
    { author: 'staff', staffUserId, kind: 'message', content: text, attachmentId: null },
  ], day));
  return { kind: 'sent' };
}
