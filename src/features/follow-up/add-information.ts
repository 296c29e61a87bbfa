// The submitter adds to their input after submitting: text, files, or both. Files go through the submissions
// feature's checks (by content, size, count); if any is refused nothing is stored, and the form comes back with
// the text as typed and the reason beside the file field.
import type { AppDeps } from '../../deps.ts';
import { dayOf } from '../../platform/clock.ts';
import type { FieldErrors } from '../../views/form.tsx';
import {
  checkAttachments, countAttachments, insertAttachment, sealAcceptedFile, type FormBody, type InputCipher,
} from '../submissions/index.ts';
import type { NewEntry } from './conversation.ts';
import { appendEntries } from './follow-up.repository.ts';
import { inConversationTransaction } from './record-entries.ts';
import { messageProblem, normaliseText } from './reply-to-staff.ts';

export const informationFields = Object.freeze({ text: 'information', files: 'files' });

export type AddInformationOutcome = { kind: 'invalid'; errors: FieldErrors; text: string } | { kind: 'added' };

export async function addInformation(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  cipher: InputCipher,
  body: FormBody,
): Promise<AddInformationOutcome> {
  const text = normaliseText(body.one(informationFields.text));
  const incoming = body.files
    .filter((file) => file.field === informationFields.files)
    .map((file) => ({ partRef: null, field: informationFields.files, file }));
  const errors: FieldErrors = { ...messageProblem(text, informationFields.text, false) };
  if (!text.trim() && !incoming.length) errors[informationFields.text] = { key: 'follow-up.error-information-empty' };
  // Files added later count towards the same limit as the files sent with the input.
  const attached = await countAttachments(deps.db, cipher.submissionId);
  const { accepted, errors: fileErrors } = await checkAttachments(incoming, attached);
  Object.assign(errors, fileErrors);
  if (Object.keys(errors).length) return { kind: 'invalid', errors, text };

  const day = dayOf(deps.clock.now());
  await inConversationTransaction(deps.db, async (trx) => {
    const entries: NewEntry[] = text.trim() ? [{ author: 'submitter', staffUserId: null, kind: 'information', content: text, attachmentId: null }] : [];
    for (const file of accepted) {
      const sealed = sealAcceptedFile(cipher, file, day);
      await insertAttachment(trx, sealed);
      entries.push({ author: 'submitter', staffUserId: null, kind: 'attachment', content: '', attachmentId: sealed.id });
    }
    await appendEntries(trx, cipher, entries, day);
  });
  return { kind: 'added' };
}
