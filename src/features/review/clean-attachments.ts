// The copies of an input's files that publication would show: each cleaned of identifying metadata, or withheld with
// the reason it cannot be, and for a document whose pictures became grey placeholders, how many and of which formats
// (so staff can ask the submitter for a JPEG or PNG when a picture mattered). Publishing and its preview both use it.
import type { Db } from '../../db/database.ts';
import { stripMetadata, type DocumentProblem, type ReplacedPicture, type ReplacedPictureFormat } from '../../platform/documents/index.ts';
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

export interface CleanedFile {
  info: AttachmentInfo;
  data: Buffer;
}

export interface CleanedAttachments {
  cleaned: CleanedFile[];
  withheld: WithheldAttachment[];
  replaced: AttachmentWithReplacedPictures[];
}

/** How many pictures of each format, in the order the formats first appear. */
export function countFormats(pictures: readonly ReplacedPicture[]): FormatCount[] {
  const counts = new Map<ReplacedPictureFormat, number>();
  for (const { format } of pictures) counts.set(format, (counts.get(format) ?? 0) + 1);
  return [...counts].map(([format, count]) => ({ format, count }));
}

export async function cleanAttachments(deps: { db: Db }, cipher: InputCipher, input: Submission): Promise<CleanedAttachments> {
  const prepared: CleanedAttachments = { cleaned: [], withheld: [], replaced: [] };
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
  }
  return prepared;
}
