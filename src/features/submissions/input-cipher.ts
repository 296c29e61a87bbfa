// Everything confidential about one input goes through its cipher: the answers and submitter details, each file's
// name and bytes, and every entry of the conversation. One content key per input (fresh at the first save); each
// record is bound to its own id (AAD), so a ciphertext copied onto another record or input fails to open.
import type { Db, Transaction } from '../../db/database.ts';
import type { DownloadableFile } from '../../http/send-file.ts';
import { decryptContent, encryptContent, newContentKey } from '../../platform/crypto/index.ts';
import { newId } from '../../platform/tokens.ts';
import type { AcceptedFile } from './check-attachments.ts';
import { emptyContent, type AttachmentInfo, type Submission, type SubmissionContent } from './submission.ts';
import { findStoredFile, type NewAttachment, type StoredAttachment, type StoredInput } from './submissions.repository.ts';

export class InputCipher {
  private constructor(readonly submissionId: string, readonly contentKey: Buffer) {}

  /** A new input's cipher, with a fresh random key. */
  static fresh(submissionId: string): InputCipher {
    return new InputCipher(submissionId, newContentKey());
  }

  /** The cipher of an input whose key was just unwrapped by one of its holders. */
  static withKey(submissionId: string, contentKey: Buffer): InputCipher {
    return new InputCipher(submissionId, contentKey);
  }

  sealContent(content: SubmissionContent): Buffer {
    return this.seal('content', Buffer.from(JSON.stringify(content), 'utf8'));
  }

  /** The stored content, filled out with today's defaults for fields an older version did not have. */
  openContent(sealed: Buffer): SubmissionContent {
    const stored = JSON.parse(this.open('content', sealed).toString('utf8')) as Partial<SubmissionContent>;
    const empty = emptyContent();
    return { ...empty, ...stored, submitter: { ...empty.submitter, ...stored.submitter } };
  }

  sealFile(attachmentId: string, data: Buffer): Buffer {
    return this.seal(`file:${attachmentId}`, data);
  }

  openFile(attachmentId: string, sealed: Buffer): Buffer {
    return this.open(`file:${attachmentId}`, sealed);
  }

  sealFilename(attachmentId: string, filename: string): Buffer {
    return this.seal(`filename:${attachmentId}`, Buffer.from(filename, 'utf8'));
  }

  openFilename(attachmentId: string, sealed: Buffer): string {
    return this.open(`filename:${attachmentId}`, sealed).toString('utf8');
  }

  sealEntry(entryId: string, text: string): Buffer {
    return this.seal(`entry:${entryId}`, Buffer.from(text, 'utf8'));
  }

  openEntry(entryId: string, sealed: Buffer): string {
    return this.open(`entry:${entryId}`, sealed).toString('utf8');
  }

  /** Any other record kept with the input (an imported letter's analysis, the original message), bound to its name. */
  sealNamed(record: string, data: Buffer): Buffer {
    return this.seal(`named:${record}`, data);
  }

  openNamed(record: string, sealed: Buffer): Buffer {
    return this.open(`named:${record}`, sealed);
  }

  private seal(record: string, plaintext: Buffer): Buffer {
    return encryptContent(plaintext, this.contentKey, `${this.submissionId}/${record}`);
  }

  private open(record: string, sealed: Buffer): Buffer {
    return decryptContent(Buffer.from(sealed), this.contentKey, `${this.submissionId}/${record}`);
  }
}

/** The input as its holder reads it: content and file names opened with its cipher. */
export function openStoredInput(stored: StoredInput, cipher: InputCipher): Submission {
  const { sealedContent, draftKeyBox: _draft, receiptKeyBox: _receipt, attachments, ...metadata } = stored;
  return { ...metadata, content: cipher.openContent(sealedContent), attachments: openAttachmentInfos(attachments, cipher) };
}

/** File names opened, in the order people expect: by day added, then by name (names are sealed, so sorted here). */
export function openAttachmentInfos(stored: readonly StoredAttachment[], cipher: InputCipher): AttachmentInfo[] {
  return stored
    .map(({ sealedName, createdOn, ...info }) => ({ createdOn, info: { ...info, filename: cipher.openFilename(info.id, sealedName) } }))
    .sort((a, b) => a.createdOn.localeCompare(b.createdOn) || a.info.filename.localeCompare(b.info.filename) || a.info.id.localeCompare(b.info.id))
    .map((entry) => entry.info);
}

/** A checked file ready to store: a new id, its name and bytes sealed. */
export function sealAcceptedFile(cipher: InputCipher, file: AcceptedFile, day: string): NewAttachment {
  const id = newId();
  return {
    id, submissionId: cipher.submissionId, partRef: file.partRef, sealedName: cipher.sealFilename(id, file.filename),
    mediaType: file.mediaType, sizeBytes: file.data.length, sealedData: cipher.sealFile(id, file.data), day,
  };
}

/** One of the input's files, opened for download. */
export async function readInputFile(db: Db | Transaction, cipher: InputCipher, attachmentId: string): Promise<DownloadableFile | undefined> {
  const stored = await findStoredFile(db, cipher.submissionId, attachmentId);
  return stored && {
    filename: cipher.openFilename(stored.id, stored.sealedName), mediaType: stored.mediaType, data: cipher.openFile(stored.id, stored.sealedData),
  };
}
