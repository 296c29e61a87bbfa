// A PDF without who made it and when: no document information dictionary (Author, Creator, Producer, Title, Subject,
// Keywords, dates), no XMP streams anywhere, no comment authors; objects only an older revision used are dropped too.
// Active content (scripts, automatic actions, embedded files, XFA, media) goes as well, see pdf-active-content.ts.
import { PDFArray, PDFDict, PDFName, PDFRef, PDFStream, PDFString, PDFHexString, type PDFDocument, type PDFObject } from 'pdf-lib';
import { documentProblem, type DocumentProblem } from './document-problem.ts';
import { removeActiveContent, type ActiveContent } from './pdf-active-content.ts';
import { openPdf } from './pdf-document.ts';

/** Keys that only describe the document's history: XMP metadata and applications' private data. */
const describingKeys = ['Metadata', 'PieceInfo'].map((key) => PDFName.of(key));
/** Markup annotations (comments, highlights…) whose /T is the name of the person who wrote them. */
const markupSubtypes = new Set([
  'Text', 'FreeText', 'Line', 'Square', 'Circle', 'Polygon', 'PolyLine', 'Highlight', 'Underline', 'Squiggly', 'StrikeOut',
  'Stamp', 'Caret', 'Ink', 'FileAttachment', 'Sound', 'Redact', 'Popup',
]);

export type PdfStripping = { ok: true; data: Buffer; removedActiveContent: ActiveContent[] } | { ok: false; problem: DocumentProblem };

export async function stripPdfMetadata(data: Buffer): Promise<PdfStripping> {
  const opened = await openPdf(data);
  if (!opened.ok) return opened;
  const { document } = opened;
  try {
    document.context.trailerInfo.Info = undefined;
    document.context.trailerInfo.ID = undefined;
    const removedActiveContent = removeActiveContent(document);
    const walk = keepOnlyReachable(document);
    if (walk.embeddedFiles) return documentProblem('embedded-files');
    const saved = await document.save({ useObjectStreams: false, updateFieldAppearances: false, addDefaultPage: false });
    return { ok: true, data: Buffer.from(saved), removedActiveContent };
  } catch {
    return documentProblem('malformed');
  }
}

/** Cleans every object reachable from the catalog, then deletes the rest (old Info dictionaries, orphaned XMP). */
function keepOnlyReachable(document: PDFDocument): { embeddedFiles: boolean } {
  const { context } = document;
  const reachable = new Set<string>();
  let embeddedFiles = false;
  const pending: PDFObject[] = [];
  const root = context.trailerInfo.Root;
  if (root) pending.push(root);
  while (pending.length) {
    const object = pending.pop()!;
    if (object instanceof PDFRef) {
      if (reachable.has(object.tag)) continue;
      reachable.add(object.tag);
      const target = context.lookup(object);
      if (target) pending.push(target);
    } else if (object instanceof PDFStream) {
      pending.push(object.dict);
    } else if (object instanceof PDFArray) {
      pending.push(...object.asArray());
    } else if (object instanceof PDFDict) {
      cleanDictionary(object);
      // A file specification with /EF carries whole files, each with metadata of its own we cannot see into; those
      // pdf-active-content.ts knows of are gone by now, one reached some other way still withholds the document.
      if (object.has(PDFName.of('EF'))) embeddedFiles = true;
      pending.push(...object.values());
    }
  }
  for (const [ref] of context.enumerateIndirectObjects()) {
    if (!reachable.has(ref.tag)) context.delete(ref);
  }
  return { embeddedFiles };
}

function cleanDictionary(dict: PDFDict): void {
  for (const key of describingKeys) dict.delete(key);
  const subtype = dict.get(PDFName.of('Subtype'));
  if (subtype instanceof PDFName && markupSubtypes.has(subtype.decodeText())) {
    const author = dict.get(PDFName.of('T'));
    if (author instanceof PDFString || author instanceof PDFHexString) dict.delete(PDFName.of('T'));
    dict.delete(PDFName.of('M'));
  }
}
