// Checks an untrusted PDF: the structure every PDF writer produces (header, cross-reference, %%EOF), no encryption,
// and a document pdf-lib can open with at least one page. Lenient on individual objects, as PDF readers are.
import { EncryptedPDFError, PDFDocument } from 'pdf-lib';
import { documentOk, documentProblem, type DocumentCheck } from './document-problem.ts';

/** The end of a PDF: writers put %%EOF last, sometimes followed by a few bytes of padding. */
const tailBytes = 1024;

/** An /Encrypt entry pointing at a dictionary, in a trailer or a cross-reference stream's dictionary. */
const encryptEntry = /\/Encrypt\s*(?:\d+\s+\d+\s+R|<<)/;

export type PdfOpening = { ok: true; document: PDFDocument } | Exclude<DocumentCheck, { ok: true }>;

export async function openPdf(data: Buffer): Promise<PdfOpening> {
  const head = data.subarray(0, tailBytes).toString('latin1');
  const tail = data.subarray(Math.max(0, data.length - tailBytes)).toString('latin1');
  if (!/%PDF-[12]\.\d/.test(head) || !tail.includes('%%EOF') || !/startxref\s+\d+/.test(tail)) return documentProblem('malformed');
  // Read before parsing: an encrypted file's objects are unreadable, and its parse errors would hide the real reason.
  if (encryptEntry.test(data.toString('latin1'))) return documentProblem('encrypted');
  let document: PDFDocument;
  try {
    document = await PDFDocument.load(data, { updateMetadata: false });
  } catch (error) {
    return documentProblem(error instanceof EncryptedPDFError ? 'encrypted' : 'malformed');
  }
  if (document.isEncrypted) return documentProblem('encrypted');
  try {
    if (document.getPageCount() < 1) return documentProblem('malformed');
  } catch {
    return documentProblem('malformed'); // no catalog or page tree
  }
  return { ok: true, document };
}

export async function checkPdf(data: Buffer): Promise<DocumentCheck> {
  const opened = await openPdf(data);
  return opened.ok ? documentOk : opened;
}
