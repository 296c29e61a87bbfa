// The one entry point for "a copy safe to publish": by media type, a cleaned copy of the file, or the reason it
// cannot be cleaned (the caller then does not publish it). Types it does not know are never passed through.
import type { DocumentProblem } from './document-problem.ts';
import { odtMediaType } from './office-document.ts';
import { stripImageMetadata } from './strip-image.ts';
import { stripOfficeMetadata, type ReplacedPicture } from './strip-office.ts';
import type { ActiveContent } from './pdf-active-content.ts';
import { stripPdfMetadata } from './strip-pdf.ts';

/**
 * `replacedPictures`: pictures in a document that could not be cleaned and show as placeholders (tell the publisher).
 * `removedActiveContent`: what a PDF would have run, fetched or carried when opened, now removed (tell them too).
 */
export type Stripping =
  | { ok: true; data: Buffer; replacedPictures?: readonly ReplacedPicture[]; removedActiveContent?: readonly ActiveContent[] }
  | { ok: false; problem: DocumentProblem };

export const docxMediaType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function stripMetadata(data: Buffer, mediaType: string): Promise<Stripping> {
  switch (mediaType) {
    case 'application/pdf':
      return stripPdfMetadata(data);
    case docxMediaType:
      return stripOfficeMetadata(data, 'docx');
    case odtMediaType:
      return stripOfficeMetadata(data, 'odt');
    case 'image/jpeg':
    case 'image/png': {
      const stripped = stripImageMetadata(data);
      return stripped ? { ok: true, data: stripped } : { ok: false, problem: 'malformed' };
    }
    default:
      return { ok: false, problem: 'unsupported' };
  }
}
