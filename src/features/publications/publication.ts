// What the public sees of an input: a copy made at publication, holding only what the consent allows.
import type { AttachmentInfo, PartAnswer } from '../submissions/index.ts';

export interface PublishedContent {
  questionnaireId: string;
  answers: Record<string, PartAnswer>;
  /** Co-signing organisations; always empty for an anonymous publication. */
  coSigners: string[];
  /** Published files: cleaned copies (metadata; the bytes are in published_attachments), renamed when anonymous. */
  attachments: AttachmentInfo[];
}

export interface Publication {
  submissionId: string;
  callId: string;
  reference: string;
  stakeholderType: string;
  /** Null for a publication without identifying details. */
  displayName: string | null;
  countries: string[];
  language: string;
  content: PublishedContent;
  publishedOn: string;
}

export type PublicationSummary = Omit<Publication, 'content'>;

export type { DownloadableFile } from '../../http/send-file.ts';
