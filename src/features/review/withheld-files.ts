// Carries "which files were not published, and why" across the redirect after publishing, as attachment ids and
// reason codes only: the page looks the names up itself, so a crafted link can show no text of its own.
import type { DocumentProblem } from '../../platform/documents/index.ts';
import type { Submission } from '../submissions/index.ts';
import type { WithheldAttachment } from './clean-attachments.ts';

const reasons: readonly DocumentProblem[] = ['encrypted', 'malformed', 'unsafe-archive', 'embedded-files', 'unsupported'];

export interface WithheldFile {
  filename: string;
  reason: DocumentProblem;
}

/** The query parameter value: `id:reason,id:reason`. */
export function withheldParameter(withheld: readonly WithheldAttachment[]): string {
  return withheld.map((w) => `${w.attachmentId}:${w.reason}`).join(',');
}

export function withheldFiles(parameter: string | undefined, input: Submission): WithheldFile[] {
  if (!parameter) return [];
  return parameter.split(',').slice(0, input.attachments.length).flatMap((item) => {
    const [id, reason] = item.split(':');
    const file = input.attachments.find((a) => a.id === id);
    return file && reasons.includes(reason as DocumentProblem) ? [{ filename: file.filename, reason: reason as DocumentProblem }] : [];
  });
}
