// Publishes an input no further than its author agreed: named (with name, co-signers and files), anonymous
// (answers only: no name, contact, co-signers or files), or not at all. Row and files change in one transaction.
import type { Db } from '../../db/database.ts';
import { dayOf, type Clock } from '../../platform/clock.ts';
import {
  copyAttachmentsToPublication, deletePublishedAttachments, savePublication, type Publication,
} from '../publications/index.ts';
import { publicationAllowed, type Submission } from '../submissions/index.ts';
import { coSignerList } from './co-signers.ts';
import { findSubmittedInput } from './review.repository.ts';

export type PublishOutcome = { kind: 'not-found' } | { kind: 'refused' } | { kind: 'published'; mode: 'named' | 'anonymous' };

export interface PublishDeps {
  db: Db;
  clock: Clock;
  publicPages: { invalidate(): void };
}

function publicationOf(input: Submission, mode: 'named' | 'anonymous', publishedOn: string): Publication {
  const named = mode === 'named';
  return {
    submissionId: input.id,
    callId: input.callId,
    reference: input.reference ?? input.id,
    stakeholderType: input.stakeholderType,
    displayName: named ? input.content.submitter.name.trim() || null : null,
    countries: input.content.submitter.countries,
    language: input.language ?? '',
    content: {
      questionnaireId: input.questionnaireId,
      answers: input.content.answers,
      coSigners: named ? coSignerList(input.content.submitter.coSigners) : [],
      // Files may carry their author's name in their metadata; until that is stripped, anonymous means no files.
      attachments: named ? input.attachments : [],
    },
    publishedOn,
  };
}

export async function publishInput(deps: PublishDeps, submissionId: string): Promise<PublishOutcome> {
  const outcome = await deps.db.transaction().execute(async (trx): Promise<PublishOutcome> => {
    const input = await findSubmittedInput(trx, submissionId);
    if (!input) return { kind: 'not-found' };
    const mode = publicationAllowed(input.consent);
    if (mode === 'none') return { kind: 'refused' };
    // On a re-publication the stored day is kept: it says when the public first saw the input.
    await savePublication(trx, publicationOf(input, mode, dayOf(deps.clock.now())));
    await deletePublishedAttachments(trx, input.id);
    if (mode === 'named') await copyAttachmentsToPublication(trx, input.id, input.attachments.map((a) => a.id));
    return { kind: 'published', mode };
  });
  if (outcome.kind === 'published') deps.publicPages.invalidate();
  return outcome;
}
