// The submitter writes to the mandate's team about their input; dated to the day, like everything they do.
import type { AppDeps } from '../../deps.ts';
import { dayOf } from '../../platform/clock.ts';
import type { FieldErrors } from '../../views/form.tsx';
import type { InputCipher } from '../submissions/index.ts';
import { appendEntries } from './follow-up.repository.ts';
import { followUpMessageMaxChars } from './limits.ts';
import { inConversationTransaction } from './record-entries.ts';

export const messageField = 'message';

/** The error of a message field, or null: not empty, not longer than the limit. */
export function messageProblem(text: string, field: string, required: boolean): FieldErrors {
  if (required && !text.trim()) return { [field]: { key: 'follow-up.error-message-empty' } };
  if (text.length > followUpMessageMaxChars) return { [field]: { key: 'follow-up.error-message-long', values: { max: followUpMessageMaxChars } } };
  return {};
}

/** Browsers send CRLF in textareas; stored text uses LF. */
export function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

export async function replyToStaff(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  cipher: InputCipher,
  typed: string,
): Promise<{ kind: 'invalid'; errors: FieldErrors } | { kind: 'sent' }> {
  const text = normaliseText(typed);
  const errors = messageProblem(text, messageField, true);
  if (Object.keys(errors).length) return { kind: 'invalid', errors };
  const day = dayOf(deps.clock.now());
  await inConversationTransaction(deps.db, (trx) => appendEntries(trx, cipher, [
    { author: 'submitter', staffUserId: null, kind: 'message', content: text, attachmentId: null },
  ], day));
  return { kind: 'sent' };
}
