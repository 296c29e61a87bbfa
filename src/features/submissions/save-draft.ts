// Saves a later version of a draft: what was typed replaces what was stored, files ticked "remove" go, and new
// files that pass the checks join the ones kept. Refused files are reported; nothing typed is ever dropped.
import type { AppDeps } from '../../deps.ts';
import { dayOf } from '../../platform/clock.ts';
import type { FieldErrors } from '../../views/form.tsx';
import type { DraftInput } from './answer-form.ts';
import { checkAttachments } from './check-attachments.ts';
import { sealAcceptedFile } from './input-cipher.ts';
import type { OpenedSubmission } from './open-submission.ts';
import { deleteAttachments, insertAttachment, updateDraft } from './submissions.repository.ts';

export type SaveDraftOutcome = { kind: 'saved'; fileErrors: FieldErrors } | { kind: 'already-submitted' };

export async function saveDraft(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  opened: OpenedSubmission,
  input: DraftInput,
): Promise<SaveDraftOutcome> {
  const { submission: draft, cipher } = opened;
  if (draft.status !== 'draft') return { kind: 'already-submitted' };
  const removed = new Set(input.removeAttachmentIds.filter((id) => draft.attachments.some((a) => a.id === id)));
  const { accepted, errors } = await checkAttachments(input.files, draft.attachments.length - removed.size);
  const day = dayOf(deps.clock.now());
  const saved = await deps.db.transaction().execute(async (trx) => {
    const updated = await updateDraft(trx, draft.id, {
      language: input.language, consent: input.consent, sealedContent: cipher.sealContent(input.content), day,
    });
    if (!updated) return false;
    await deleteAttachments(trx, draft.id, [...removed]);
    for (const file of accepted) await insertAttachment(trx, sealAcceptedFile(cipher, file, day));
    return true;
  });
  return saved ? { kind: 'saved', fileErrors: errors } : { kind: 'already-submitted' };
}
