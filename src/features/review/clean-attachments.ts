// The copies of an input's files that publication would show: each cleaned of identifying metadata, or withheld with
// the reason it cannot be, and for a document whose pictures became grey placeholders, how many and of which formats
// (so staff can ask the submitter for a JPEG or PNG when a picture mattered), and for a PDF that lost scripts,
// automatic actions or attached files, how many of each (so staff know the public copy no longer has them).
// Publishing and its preview both use it.
import type { Db } from '../../db/database.ts';
import {
  stripMetadata, type ActiveContent, type DocumentProblem, type ReplacedPicture, type ReplacedPictureFormat,
} from '../../platform/documents/index.ts';
import { countCodes } from './counts-parameter.ts';
import { readInputFile, type AttachmentInfo, type InputCipher, type Submission } from '../submissions/index.ts';

export interface WithheldAttachment {
  attachmentId: string;
  filename: string;
  reason: DocumentProblem;
}

export interface FormatCount {
  format: ReplacedPictureFormat;
  count: number;
}

/** A file published with placeholders in place of some of its pictures. */
export interface AttachmentWithReplacedPictures {
  attachmentId: string;
  filename: string;
  formats: FormatCount[];
}

export interface KindCount {
  kind: ActiveContent;
  count: number;
}

/** A PDF published without the scripts, automatic actions or attached files it carried. */
export interface AttachmentWithActiveContent {
  attachmentId: string;
  filename: string;
  kinds: KindCount[];
}

export interface CleanedFile {
  info: AttachmentInfo;
  data: Buffer;
}

export interface CleanedAttachments {
  cleaned: CleanedFile[];
  withheld: WithheldAttachment[];
  replaced: AttachmentWithReplacedPictures[];
  removedActiveContent: AttachmentWithActiveContent[];
}

/** How many pictures of each format, in the order the formats first appear. */
export function countFormats(pictures: readonly ReplacedPicture[]): FormatCount[] {
  return countCodes(pictures.map((picture) => picture.format)).map(([format, count]) => ({ format, count }));
}

export async function cleanAttachments(deps: { db: Db }, cipher: InputCipher, input: Submission): Promise<CleanedAttachments> {
  const prepared: CleanedAttachments = { cleaned: [], withheld: [], replaced: [], removedActiveContent: [] };
  for (const info of input.attachments) {
    const file = await readInputFile(deps.db, cipher, info.id);
    const result = file ? await stripMetadata(file.data, info.mediaType) : { ok: false as const, problem: 'malformed' as const };
    if (!result.ok) {
      prepared.withheld.push({ attachmentId: info.id, filename: info.filename, reason: result.problem });
      continue;
    }
    prepared.cleaned.push({ info: { ...info, sizeBytes: result.data.length }, data: result.data });
    if (result.replacedPictures?.length) {
      prepared.replaced.push({ attachmentId: info.id, filename: info.filename, formats: countFormats(result.replacedPictures) });
    }
    if (result.removedActiveContent?.length) {
      const kinds = countCodes(result.removedActiveContent).map(([kind, count]) => ({ kind, count }));
      prepared.removedActiveContent.push({ attachmentId: info.id, filename: info.filename, kinds });
    }
  }
  return prepared;
}
