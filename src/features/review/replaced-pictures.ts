// Carries "which published documents show placeholders for pictures, how many and of which formats" across the
// redirect after publishing (see counts-parameter.ts): attachment ids, format codes and counts only.
import { replacedPictureFormats } from '../../platform/documents/index.ts';
import type { Submission } from '../submissions/index.ts';
import type { AttachmentWithReplacedPictures, FormatCount } from './clean-attachments.ts';
import { countsParameter, filesWithCounts } from './counts-parameter.ts';

export interface FileWithReplacedPictures {
  filename: string;
  formats: readonly FormatCount[];
}

/** The query parameter value: `id:tiff*2.svg*1,id:emf*1`. */
export function replacedParameter(files: readonly AttachmentWithReplacedPictures[]): string {
  return countsParameter(files.map((file) => ({ attachmentId: file.attachmentId, counts: file.formats.map((f) => [f.format, f.count] as const) })));
}

export function replacedPictureFiles(parameter: string | undefined, input: Submission): FileWithReplacedPictures[] {
  return filesWithCounts(parameter, input, replacedPictureFormats).map(({ filename, counts }) => ({
    filename, formats: counts.map(([format, count]) => ({ format, count })),
  }));
}
