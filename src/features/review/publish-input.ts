// Publishes an input no further than its author agreed: named (with name and co-signers) or anonymous (answers only:
// no name, contact or co-signers), or not at all. Either way only CLEANED copies of the files are published (no
// author, software, dates, comment authors or EXIF); a file that cannot be cleaned is withheld and the outcome says why,
// as it says which documents show placeholders for pictures that could not be cleaned and which PDFs lost active content.
import type { Db } from '../../db/database.ts';
import { dayOf, type Clock } from '../../platform/clock.ts';
import {
  deletePublishedAttachments, insertPublishedAttachment, savePublication, type Publication,
} from '../publications/index.ts';
import {
  findSubmittedStoredInput, openStoredInput, publicationAllowed, type AttachmentInfo, type InputCipher, type Submission,
} from '../submissions/index.ts';
import type { Transaction } from '../../db/database.ts';
import {
  cleanAttachments, type AttachmentWithActiveContent, type AttachmentWithReplacedPictures, type CleanedAttachments, type CleanedFile, type WithheldAttachment,
} from './clean-attachments.ts';
import { coSignerList } from './co-signers.ts';
import { redactPublishedTexts, type PublishedTexts, type RedactionPlan } from './redaction/index.ts';

const emptyPlan: RedactionPlan = { ranges: {}, passages: [] };

export type PublishOutcome =
  | { kind: 'not-found' }
  | { kind: 'refused' }
  | {
    kind: 'published'; mode: 'named' | 'anonymous'; withheld: WithheldAttachment[]; replaced: AttachmentWithReplacedPictures[];
    removedActiveContent: AttachmentWithActiveContent[];
  };

export interface PublishDeps {
  db: Db;
  clock: Clock;
  publicPages: { invalidate(): void };
}

/** Without identifying details even the file names go: "Maria Lopez – testimony.pdf" would name its author. */
function publishedName(input: Submission, mode: 'named' | 'anonymous', file: AttachmentInfo, index: number): string {
  if (mode === 'named') return file.filename;
  const extension = /\.([A-Za-z0-9]{1,8})$/.exec(file.filename)?.[1]?.toLowerCase() ?? 'bin';
  return `${input.reference ?? 'input'}-${index + 1}.${extension}`;
}

function publicationOf(
  input: Submission, mode: 'named' | 'anonymous', files: readonly CleanedFile[], publishedOn: string, plan: RedactionPlan,
): Publication {
  const named = mode === 'named';
  const texts = redactPublishedTexts(publishableTexts(input, mode), plan);
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
      answers: texts.answers,
      coSigners: [...texts.coSigners],
      attachments: files.map((file) => file.info),
    },
    publishedOn,
  };
}

const sameFiles = (input: Submission, prepared: CleanedAttachments) => {
  const preparedIds = [...prepared.cleaned.map((f) => f.info.id), ...prepared.withheld.map((w) => w.attachmentId)].sort();
  return JSON.stringify(input.attachments.map((a) => a.id).sort()) === JSON.stringify(preparedIds);
};

/** The input opened with the publisher's cipher: publishing needs the clear content, to copy what consent allows. */
async function findInput(db: Db | Transaction, cipher: InputCipher): Promise<Submission | undefined> {
  const stored = await findSubmittedStoredInput(db, cipher.submissionId);
  return stored && openStoredInput(stored, cipher);
}

/** The texts publication would show, before redaction: answers, and co-signers only when published with the name. */
export function publishableTexts(input: Submission, mode: 'named' | 'anonymous'): PublishedTexts {
  return { answers: input.content.answers, coSigners: mode === 'named' ? coSignerList(input.content.submitter.coSigners) : [] };
}

/**
 * Publishes with the passages staff chose replaced by marks (an empty plan still neutralises mark-like characters a
 * submitter may have typed). The original stays as it was, encrypted; only the public copy is redacted.
 */
export async function publishInput(deps: PublishDeps, cipher: InputCipher, plan: RedactionPlan = emptyPlan): Promise<PublishOutcome> {
  const { submissionId } = cipher;
  // The files are cleaned outside the transaction; if the input's files changed meanwhile, clean them again.
  for (let attempt = 0; ; attempt += 1) {
    const first = await findInput(deps.db, cipher);
    if (!first) return { kind: 'not-found' };
    if (publicationAllowed(first.consent) === 'none') return { kind: 'refused' };
    const prepared = await cleanAttachments(deps, cipher, first);
    const outcome = await deps.db.transaction().execute(async (trx): Promise<PublishOutcome | 'changed'> => {
      const input = await findInput(trx, cipher);
      if (!input) return { kind: 'not-found' };
      const mode = publicationAllowed(input.consent);
      if (mode === 'none') return { kind: 'refused' };
      if (!sameFiles(input, prepared)) return 'changed';
      const files = prepared.cleaned.map((file, index) => ({ ...file, info: { ...file.info, filename: publishedName(input, mode, file.info, index) } }));
      // On a re-publication the stored day is kept: it says when the public first saw the input.
      await savePublication(trx, publicationOf(input, mode, files, dayOf(deps.clock.now()), plan));
      await deletePublishedAttachments(trx, input.id);
      for (const file of files) {
        await insertPublishedAttachment(trx, { id: file.info.id, submissionId: input.id, filename: file.info.filename, mediaType: file.info.mediaType, data: file.data });
      }
      return { kind: 'published', mode, withheld: prepared.withheld, replaced: prepared.replaced, removedActiveContent: prepared.removedActiveContent };
    });
    if (outcome === 'changed' && attempt < 2) continue;
    if (outcome === 'changed') throw new Error(`The files of input ${submissionId} kept changing while it was being published`);
    if (outcome.kind === 'published') deps.publicPages.invalidate();
    return outcome;
  }
}
