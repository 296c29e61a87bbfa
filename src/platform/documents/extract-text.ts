// The text of a letter attached to an email, for mapping it onto a call's questions. The type is decided by the
// CONTENT, and each file is first opened with the same checks as uploads (no password, not damaged, no zip or
// stream bomb), so a hostile attachment is refused with a code and never throws, hangs or fills memory.
import { inflateSync, constants as zlib } from 'node:zlib';
import { fileTypeFromBuffer } from 'file-type';
import mammoth from 'mammoth';
import { PDFArray, PDFName, PDFRawStream, type PDFDocument } from 'pdf-lib';
import { getDocumentProxy } from 'unpdf';
import { limits } from '../../config.ts';
import { documentProblem, type DocumentProblem } from './document-problem.ts';
import { isEncryptedOfficeFile, odtMediaType, readOfficeDocument } from './office-document.ts';
import { decodeXmlEntities, maxTextPartBytes, odtText, paragraphEnd } from './odt-text.ts';
import { openPdf } from './pdf-document.ts';
import { rtfText, textDecoder } from './rtf-text.ts';
import { archiveLimits } from './zip-archive.ts';

export type TextKind = 'pdf' | 'docx' | 'odt' | 'rtf' | 'text';

/**
 * Line breaks are kept (headings such as "1)" or "Pregunta 3" start lines): word-processor paragraphs are separated
 * by a blank line, PDF lines by "\n", pages joined with "\n". Always NFC, "\n" only, no control characters but "\n"
 * and "\t", no trailing spaces, at most one blank line in a row.
 */
export type TextExtraction =
  | { ok: true; kind: TextKind; text: string }
  | { ok: false; problem: DocumentProblem | 'too-large' };

type Reading = { ok: true; text: string } | { ok: false; problem: DocumentProblem | 'too-large' };

/** pdf.js runs in this thread and cannot be interrupted; this bounds a document that never finishes loading. */
const pdfTimeoutMs = 30_000;

const docxMediaType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** What the sender's name or media type says the file is; used only where the content itself cannot tell. */
const claimedKinds: Record<TextKind, { extensions: readonly string[]; mediaTypes: readonly string[] }> = {
  pdf: { extensions: ['pdf'], mediaTypes: ['application/pdf'] },
  docx: { extensions: ['docx'], mediaTypes: [docxMediaType] },
  odt: { extensions: ['odt'], mediaTypes: [odtMediaType] },
  rtf: { extensions: ['rtf'], mediaTypes: ['application/rtf', 'text/rtf'] },
  text: { extensions: ['txt', 'text', 'md'], mediaTypes: ['text/plain', 'text/markdown'] },
};

export async function extractText(
  data: Buffer,
  hint: { filename: string; mediaType?: string },
  options: { maxBytes?: number } = {},
): Promise<TextExtraction> {
  if (data.length > (options.maxBytes ?? limits.attachmentMaxBytes)) return { ok: false, problem: 'too-large' };
  const kind = await kindOf(data, hint);
  if (typeof kind !== 'string') return kind;
  let reading: Reading;
  try {
    reading = await readText(data, kind, hint.mediaType);
  } catch {
    reading = documentProblem('malformed'); // a parser's own error on a damaged file: refused, never thrown
  }
  return reading.ok ? { ok: true, kind, text: cleanText(reading.text) } : reading;
}

function readText(data: Buffer, kind: TextKind, mediaType: string | undefined): Promise<Reading> | Reading {
  switch (kind) {
    case 'pdf': return pdfText(data);
    case 'docx': return docxText(data);
    case 'odt': return odtText(data);
    case 'rtf': return rtfText(withoutUtf8Bom(data));
    case 'text': return plainText(data, mediaType);
  }
}

async function kindOf(data: Buffer, hint: { filename: string; mediaType?: string }): Promise<TextKind | { ok: false; problem: DocumentProblem }> {
  // A password-protected DOCX is an OLE file, not a zip: say why it cannot be read, not just "unsupported".
  if (isEncryptedOfficeFile(data)) return documentProblem('encrypted');
  if (startsWith(withoutUtf8Bom(data), '{\\rtf')) return 'rtf';
  const claimed = claimedKind(hint);
  // A UTF-16 byte order mark looks like an MP3 frame to file-type.
  if (claimed === 'text' && unicodeBom(data)) return 'text';
  const detected = await fileTypeFromBuffer(data);
  if (detected?.ext === 'pdf' || detected?.ext === 'docx' || detected?.ext === 'odt') return detected.ext;
  // file-type names a DOCX or ODT by its first parts; a zip ordered otherwise is still checked as what it claims.
  if (detected?.ext === 'zip' && (claimed === 'docx' || claimed === 'odt')) return claimed;
  if (detected) return documentProblem('unsupported');
  if (claimed === 'text') return 'text';
  return documentProblem(claimed ? 'malformed' : 'unsupported');
}

function claimedKind(hint: { filename: string; mediaType?: string }): TextKind | undefined {
  const extension = /\.([a-z0-9]{1,8})$/i.exec(hint.filename.trim())?.[1]?.toLowerCase();
  const mediaType = hint.mediaType?.split(';')[0]?.trim().toLowerCase();
  const kinds = Object.keys(claimedKinds) as TextKind[];
  return kinds.find((kind) => (mediaType && claimedKinds[kind].mediaTypes.includes(mediaType)))
    ?? kinds.find((kind) => extension && claimedKinds[kind].extensions.includes(extension));
}

async function pdfText(data: Buffer): Promise<Reading> {
  const opened = await openPdf(data);
  if (!opened.ok) return opened;
  const bomb = expandingStreamProblem(opened.document);
  if (bomb) return documentProblem(bomb);
  // pdf.js may take ownership of the bytes it is given: a copy keeps the caller's buffer intact. Fonts are parsed
  // for their character maps only, never installed (a quarter of the time saved); no eval; errors not logged.
  const pdf = await getDocumentProxy(new Uint8Array(data), { disableFontFace: true, isEvalSupported: false, verbosity: 0 });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Reading>((resolve) => {
    timer = setTimeout(() => resolve(documentProblem('malformed')), pdfTimeoutMs);
  });
  const pages = (async (): Promise<Reading> => {
    const texts: string[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      texts.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
      page.cleanup();
    }
    return { ok: true, text: texts.join('\n') };
  })();
  try {
    return await Promise.race([pages, timeout]);
  } finally {
    clearTimeout(timer);
    pages.catch(() => undefined); // after a timeout, its later failure is of no interest
    await pdf.destroy();
  }
}

const expandingFilters = new Set(['FlateDecode', 'Fl', 'LZWDecode', 'LZW', 'RunLengthDecode', 'RL']);

/**
 * A PDF is a container too: a small deflated stream can inflate to gigabytes inside pdf.js. The streams pdf.js reads
 * for text (pages, forms, fonts; images are not decoded) are inflated here under the zip limits first. Only one
 * deflate per stream is measured: two decompressions in a row are refused as a bomb, and a stream whose expansion
 * cannot be measured that way (legacy LZW or RunLength, deflate behind another filter) as unsupported.
 */
function expandingStreamProblem(document: PDFDocument): DocumentProblem | undefined {
  let budget = archiveLimits.maxUncompressedBytes;
  for (const [, object] of document.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    if (object.dict.lookup(PDFName.of('Subtype')) === PDFName.of('Image')) continue;
    const filter = object.dict.lookup(PDFName.of('Filter'));
    const filters = filter instanceof PDFArray ? filter.asArray().map((_, i) => filter.lookup(i)) : [filter];
    const names = filters.map((name) => (name instanceof PDFName ? name.decodeText() : ''));
    const expanding = names.filter((name) => expandingFilters.has(name)).length;
    if (expanding === 0) continue;
    if (expanding > 1) return 'unsafe-archive';
    if (names[0] !== 'FlateDecode' && names[0] !== 'Fl') return 'unsupported';
    const ceiling = Math.min(budget, Math.max(archiveLimits.ratioCheckedAboveBytes, object.contents.length * archiveLimits.maxRatio));
    try {
      budget -= inflateSync(object.contents, { maxOutputLength: Math.max(ceiling, 1), finishFlush: zlib.Z_SYNC_FLUSH }).length;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return 'unsafe-archive';
      // A damaged stream: pdf.js reads what it can of it, as viewers do.
    }
  }
  return undefined;
}

/** mammoth's HTML, not its raw text, because raw text drops line breaks (Shift+Enter) inside a paragraph. */
const docxOptions = { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) }; // images are not read

async function docxText(data: Buffer): Promise<Reading> {
  // Read safely first: mammoth's own unzip has no limits, and it holds the whole document part as a DOM.
  const reading = await readOfficeDocument(data, 'docx');
  if (!reading.ok) return reading;
  const part = reading.entries.find((entry) => entry.name === 'word/document.xml')!;
  if (part.data.length > maxTextPartBytes) return { ok: false, problem: 'too-large' };
  const html = (await mammoth.convertToHtml({ buffer: data }, docxOptions)).value;
  const text = html
    .replace(/<a href="#(?:footnote|endnote)-ref-[^"]*">[^<]*<\/a>/g, '') // a note's link back to its call
    .replace(/<br \/>/g, '\n')
    .replace(/<\/(?:p|h[1-6]|li|td|th|tr|table|ol|ul)>/g, paragraphEnd)
    .replace(/<[^>]*>/g, '');
  return { ok: true, text: decodeXmlEntities(text) };
}

/** Bytes that never appear in text; a few control characters (form feed, escape) do, in old files. */
const binaryByte = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/g;

function plainText(data: Buffer, mediaType: string | undefined): Reading {
  const bom = unicodeBom(data);
  if (bom) return { ok: true, text: new TextDecoder(bom).decode(data) };
  const head = data.subarray(0, 8192).toString('latin1');
  if (head.includes('\u0000') || (head.match(binaryByte)?.length ?? 0) > head.length / 100) return documentProblem('malformed');
  const declared = /charset\s*=\s*"?([\w.:-]+)/i.exec(mediaType ?? '')?.[1];
  if (declared && !/^(utf-?8|us-ascii)$/i.test(declared)) {
    try {
      return { ok: true, text: textDecoder(declared).decode(data) };
    } catch {
      // an unknown label: read it as undeclared
    }
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(data) };
  } catch {
    // Not UTF-8: the single-byte encoding mail programs most often send without saying so (a superset of latin-1).
    return { ok: true, text: textDecoder('windows-1252').decode(data) };
  }
}

/** The text as callers rely on it (see TextExtraction). */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?|[\u000b\u000c\u2028\u2029]/g, '\n')
    .normalize('NFC')
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .split('\n')
    .map((line) => line.trimEnd()) // not a regular expression: one over a long run of spaces takes quadratic time
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function startsWith(data: Buffer, signature: string): boolean {
  return data.subarray(0, signature.length).toString('latin1') === signature;
}

function unicodeBom(data: Buffer): 'utf-8' | 'utf-16le' | 'utf-16be' | undefined {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return 'utf-8';
  if (data[0] === 0xff && data[1] === 0xfe) return 'utf-16le';
  if (data[0] === 0xfe && data[1] === 0xff) return 'utf-16be';
  return undefined;
}

function withoutUtf8Bom(data: Buffer): Buffer {
  return unicodeBom(data) === 'utf-8' ? data.subarray(3) : data;
}
