// The text of an emailed letter: the message body, then each attached file the platform can read (PDF, DOCX, ODT,
// RTF, plain text), after the same checks as uploads. Readable files are kept with the input; the others are
// reported by a problem code and left in the original message.
import type { AppDeps } from '../../deps.ts';
import { extractText, type DocumentProblem } from '../../platform/documents/index.ts';
import { detectAcceptedType, displayFilename } from '../submissions/check-attachments.ts';
import type { ImportProblem } from './mail-import.ts';
import type { EmailAttachment, ParsedEmail } from './mailbox/index.ts';

export interface ReadLetter {
  text: string;
  kept: { filename: string; mediaType: string; data: Buffer }[];
  problems: ImportProblem[];
}

const attachmentProblems: Record<DocumentProblem | 'too-large', ImportProblem> = {
  'too-large': 'attachment-too-large',
  encrypted: 'attachment-encrypted',
  malformed: 'attachment-malformed',
  'embedded-files': 'attachment-malformed',
  'unsafe-archive': 'attachment-unsafe-archive',
  unsupported: 'attachment-unsupported',
};

const keptTypeOf: Record<string, { extension: string; mediaType: string }> = {
  rtf: { extension: 'rtf', mediaType: 'application/rtf' },
  text: { extension: 'txt', mediaType: 'text/plain' },
};

/** The letter's text (the body, then each readable file) and the files to keep, with what went wrong with the rest. */
export async function readLetter(deps: Pick<AppDeps, 'config'>, email: ParsedEmail, attachments: readonly EmailAttachment[]): Promise<ReadLetter> {
  const texts = [email.text];
  const kept: ReadLetter['kept'] = [];
  const problems: ImportProblem[] = [];
  for (const attachment of attachments) {
    if (attachment.size > deps.config.limits.attachmentMaxBytes) {
      problems.push('attachment-too-large');
      continue;
    }
    const extraction = await extractText(attachment.data, { filename: attachment.filename, mediaType: attachment.contentType });
    if (!extraction.ok) {
      problems.push(attachmentProblems[extraction.problem]);
      continue;
    }
    texts.push(extraction.text);
    const type = keptTypeOf[extraction.kind] ?? (await detectAcceptedType(attachment.data));
    if (type) kept.push({ filename: displayFilename(attachment.filename, type.extension), mediaType: type.mediaType, data: attachment.data });
  }
  return { text: texts.map((t) => t.trim()).filter(Boolean).join('\n\n'), kept, problems };
}
