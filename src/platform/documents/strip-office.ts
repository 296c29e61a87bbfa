// DOCX and ODT without who wrote them: document properties replaced by empty ones (so every reference to them stays
// valid), comment and tracked-change authors blanked, template paths and printer names removed, pictures' EXIF
// stripped, embedded spreadsheets cleaned the same way. Anything we cannot see into makes the file uncleanable.
import { documentProblem, type DocumentProblem } from './document-problem.ts';
import { readOfficeDocument, type OfficeKind } from './office-document.ts';
import { imageKindOf, stripImageMetadata } from './strip-image.ts';
import { isArchive, readZipArchive, writeZipArchive, type ZipEntry } from './zip-archive.ts';

export type OfficeStripping = { ok: true; data: Buffer } | { ok: false; problem: DocumentProblem };

const xmlDeclaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const vt = 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes';
/** OOXML property parts, each replaced by a valid empty one. */
const neutralOoxmlParts: Record<string, string> = {
  'docProps/core.xml': `${xmlDeclaration}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"></cp:coreProperties>`,
  'docProps/app.xml': `${xmlDeclaration}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="${vt}"></Properties>`,
  'docProps/custom.xml': `${xmlDeclaration}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="${vt}"></Properties>`,
};
const oleSignature = Buffer.from('d0cf11e0a1b11ae1', 'hex');

export async function stripOfficeMetadata(data: Buffer, kind: OfficeKind): Promise<OfficeStripping> {
  const reading = await readOfficeDocument(data, kind);
  if (!reading.ok) return reading;
  const cleaned = kind === 'docx' ? await cleanOoxmlEntries(reading.entries, 0) : cleanOdfEntries(reading.entries);
  if (!Array.isArray(cleaned)) return cleaned;
  if (kind === 'odt') {
    // ODF readers find the type in the first entry, which must be stored uncompressed.
    const ordered = [...cleaned.filter((e) => e.name === 'mimetype'), ...cleaned.filter((e) => e.name !== 'mimetype')];
    return { ok: true, data: await writeZipArchive(ordered, ['mimetype']) };
  }
  return { ok: true, data: await writeZipArchive(cleaned) };
}

async function cleanOoxmlEntries(entries: readonly ZipEntry[], depth: number): Promise<ZipEntry[] | { ok: false; problem: DocumentProblem }> {
  const cleaned: ZipEntry[] = [];
  for (const entry of entries) {
    const neutral = neutralOoxmlParts[entry.name];
    if (neutral) {
      cleaned.push({ name: entry.name, data: Buffer.from(neutral, 'utf8') });
    } else if (entry.name.endsWith('.xml') || entry.name.endsWith('.rels')) {
      cleaned.push({ name: entry.name, data: Buffer.from(cleanOoxmlXml(entry.data.toString('utf8')), 'utf8') });
    } else if (isArchive(entry.data)) {
      // An embedded .xlsx or .pptx: cleaned like the document, one level deep (deeper nesting is not what Word writes).
      if (depth > 0) return documentProblem('embedded-files');
      const inner = await readZipArchive(entry.data);
      if (!inner.ok) return inner;
      if (!inner.entries.some((e) => e.name === '[Content_Types].xml')) return documentProblem('embedded-files');
      const innerCleaned = await cleanOoxmlEntries(inner.entries, depth + 1);
      if (!Array.isArray(innerCleaned)) return innerCleaned;
      cleaned.push({ name: entry.name, data: await writeZipArchive(innerCleaned) });
    } else {
      const other = cleanBinary(entry);
      if (!other.ok) return other;
      cleaned.push(other.entry);
    }
  }
  return cleaned;
}

/** Authors of comments, tracked changes and co-authoring (w:, w15:, x: …) and the attached template's path. */
export function cleanOoxmlXml(xml: string): string {
  return xml
    .replace(/(\s(?:[A-Za-z0-9]+:)?(?:author|initials|userId|providerId))=("[^"]*"|'[^']*')/g, '$1=""')
    .replace(/<author>[^<]*<\/author>/g, '<author></author>') // spreadsheet comment authors
    .replace(/(<Relationship\b[^>]*\/attachedTemplate"[^>]*\sTarget=)("[^"]*"|'[^']*')/g, '$1""');
}

function cleanOdfEntries(entries: readonly ZipEntry[]): ZipEntry[] | { ok: false; problem: DocumentProblem } {
  const cleaned: ZipEntry[] = [];
  for (const entry of entries) {
    if (entry.name === 'meta.xml' || entry.name.endsWith('/meta.xml')) {
      cleaned.push({ name: entry.name, data: Buffer.from(neutralOdfMeta(entry.data.toString('utf8')), 'utf8') });
    } else if (entry.name.endsWith('.xml')) {
      cleaned.push({ name: entry.name, data: Buffer.from(cleanOdfXml(entry.data.toString('utf8')), 'utf8') });
    } else {
      const other = cleanBinary(entry);
      if (!other.ok) return other;
      cleaned.push(other.entry);
    }
  }
  return cleaned;
}

function neutralOdfMeta(original: string): string {
  const version = /office:version="([0-9.]+)"/.exec(original)?.[1] ?? '1.2';
  return `${xmlDeclaration}<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="${version}"><office:meta/></office:document-meta>`;
}

/** Authors of tracked changes and annotations, and the printer the author used. */
export function cleanOdfXml(xml: string): string {
  return xml
    .replace(/<dc:creator>[^<]*<\/dc:creator>/g, '<dc:creator></dc:creator>')
    .replace(/<meta:creator-initials>[^<]*<\/meta:creator-initials>/g, '<meta:creator-initials></meta:creator-initials>')
    .replace(/(<config:config-item config:name="Printer(?:Name|Setup)" config:type="[a-zA-Z0-9]+">)[^<]*(<\/config:config-item>)/g, '$1$2');
}

/** Pictures lose their EXIF; an OLE object (its own author, its own properties) cannot be cleaned here. */
function cleanBinary(entry: ZipEntry): { ok: true; entry: ZipEntry } | { ok: false; problem: DocumentProblem } {
  if (entry.data.subarray(0, 8).equals(oleSignature)) return documentProblem('embedded-files');
  if (!imageKindOf(entry.data)) return { ok: true, entry };
  const stripped = stripImageMetadata(entry.data);
  return stripped ? { ok: true, entry: { name: entry.name, data: stripped } } : documentProblem('malformed');
}
