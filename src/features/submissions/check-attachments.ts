// Decides which uploaded files a draft keeps: PDF, DOCX or ODT by their CONTENT, within the size and count limits,
// and only when they open safely: no password, not damaged, no zip bomb. A refused file gets an error beside its
// input; the rest of the draft is saved regardless.
import { fileTypeFromBuffer } from 'file-type';
import { limits } from '../../config.ts';
import {
  checkOfficeDocument, checkPdf, isEncryptedOfficeFile, type DocumentCheck, type DocumentProblem,
} from '../../platform/documents/index.ts';
import type { FieldErrors } from '../../views/form.tsx';
import type { IncomingFile } from './answer-form.ts';
import { acceptedFileTypes } from './limits.ts';

export interface AcceptedFile {
  partRef: string | null;
  filename: string;
  mediaType: string;
  data: Buffer;
}

/**
 * A name safe to show and to offer as a download name: no folders, no control or bidirectional-override characters
 * (which can disguise "fdp.exe" as "exe.pdf"), bounded length, and ending with the extension its content has.
 */
export function displayFilename(name: string, extension: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  let clean = base.normalize('NFC').replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069"]/g, '').trim();
  clean = clean.replace(/^\.+/, '').slice(0, 150).trim();
  if (!clean) clean = 'attachment';
  return clean.toLowerCase().endsWith(`.${extension}`) ? clean : `${clean}.${extension}`;
}

export async function detectAcceptedType(data: Buffer): Promise<{ extension: string; mediaType: string } | undefined> {
  const detected = await fileTypeFromBuffer(data);
  if (!detected || !(detected.ext in acceptedFileTypes)) return undefined;
  return { extension: detected.ext, mediaType: acceptedFileTypes[detected.ext as keyof typeof acceptedFileTypes] };
}

/** What the submitter reads for each reason a document is refused. */
const problemMessages: Record<DocumentProblem, string> = {
  encrypted: 'submissions.error-file-encrypted',
  malformed: 'submissions.error-file-damaged',
  'unsafe-archive': 'submissions.error-file-unsafe',
  'embedded-files': 'submissions.error-file-damaged',
  unsupported: 'submissions.error-file-type',
};

/** Opens the file the way its type requires, without trusting its sizes, names or structure. */
export async function checkDocument(data: Buffer, extension: string): Promise<DocumentCheck> {
  if (extension === 'pdf') return checkPdf(data);
  if (extension === 'docx' || extension === 'odt') return checkOfficeDocument(data, extension);
  return { ok: false, problem: 'unsupported' };
}

export async function checkAttachments(
  incoming: readonly IncomingFile[],
  alreadyAttached: number,
): Promise<{ accepted: AcceptedFile[]; errors: FieldErrors }> {
  const accepted: AcceptedFile[] = [];
  const errors: FieldErrors = {};
  const maxMegabytes = Math.round(limits.attachmentMaxBytes / (1024 * 1024));
  const refuse = (field: string, key: string, values: Record<string, string | number>) => {
    errors[field] ??= { key, values };
  };
  for (const { partRef, field, file } of incoming) {
    const filename = file.filename.split(/[\\/]/).pop() ?? '';
    if (file.truncated || file.data.length > limits.attachmentMaxBytes) {
      refuse(field, 'submissions.error-file-too-large', { filename, max: maxMegabytes });
      continue;
    }
    const type = await detectAcceptedType(file.data);
    if (!type) {
      // A password-protected .docx is not a zip but an OLE file: say why it was refused, not just "wrong type".
      refuse(field, isEncryptedOfficeFile(file.data) ? 'submissions.error-file-encrypted' : 'submissions.error-file-type', { filename });
      continue;
    }
    if (alreadyAttached + accepted.length >= limits.attachmentsPerSubmission) {
      refuse(field, 'submissions.error-file-too-many', { filename, max: limits.attachmentsPerSubmission });
      continue;
    }
    const check = await checkDocument(file.data, type.extension);
    if (!check.ok) {
      refuse(field, problemMessages[check.problem], { filename });
      continue;
    }
    accepted.push({
      partRef,
      filename: displayFilename(file.filename, type.extension),
      mediaType: type.mediaType,
      data: file.data,
    });
  }
  return { accepted, errors };
}
