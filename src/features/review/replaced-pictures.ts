// Carries "which published documents show placeholders for pictures, how many and of which formats" across the
// redirect after publishing, as withheld-files.ts does: attachment ids, format codes and counts only, so a crafted
// link can show no text of its own.
import { replacedPictureFormats, type ReplacedPictureFormat } from '../../platform/documents/index.ts';
import type { Submission } from '../submissions/index.ts';
import type { AttachmentWithReplacedPictures, FormatCount } from './clean-attachments.ts';

export interface FileWithReplacedPictures {
  filename: string;
  formats: readonly FormatCount[];
}

/** The query parameter value: `id:tiff*2.svg*1,id:emf*1`. */
export function replacedParameter(files: readonly AttachmentWithReplacedPictures[]): string {
  return files.map((file) => `${file.attachmentId}:${file.formats.map((f) => `${f.format}*${f.count}`).join('.')}`).join(',');
}

function formatCounts(text: string): FormatCount[] | undefined {
  const counts = text.split('.').map((item) => {
    const [format, count] = item.split('*');
    const known = replacedPictureFormats.includes(format as ReplacedPictureFormat) && /^[1-9][0-9]{0,5}$/.test(count ?? '');
    return known ? { format: format as ReplacedPictureFormat, count: Number(count) } : undefined;
  });
  return counts.every((c) => c !== undefined) ? counts : undefined;
}

export function replacedPictureFiles(parameter: string | undefined, input: Submission): FileWithReplacedPictures[] {
  if (!parameter) return [];
  return parameter.split(',').slice(0, input.attachments.length).flatMap((item) => {
    const [id, formats] = item.split(':');
    const file = input.attachments.find((a) => a.id === id);
    const counts = formatCounts(formats ?? '');
    return file && counts ? [{ filename: file.filename, formats: counts }] : [];
  });
}
