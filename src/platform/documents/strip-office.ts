// DOCX and ODT without who wrote them: document properties replaced by empty ones (so every reference to them stays
// valid), comment and tracked-change authors blanked, template paths, printer names and printer settings parts
// (printer-settings.ts) removed, pictures cleaned or replaced (embedded-pictures.ts says which formats are which),
// embedded spreadsheets cleaned the same way. Anything we cannot see into (an OLE object, sound or video) makes the
// file uncleanable.
import { documentProblem, type DocumentProblem } from './document-problem.ts';
import { cleanPicture, isAudioOrVideo, pictureFormatOf, type PictureCleaning, type ReplacedPictureFormat } from './embedded-pictures.ts';
import { readOfficeDocument, type OfficeKind } from './office-document.ts';
import {
  odfDeclaredTypes, odfManifestPart, ooxmlDeclaredTypes, ooxmlTypesPart, redeclareOdfImages, redeclareOdfManifest, redeclareOoxml,
  type Redeclaration,
} from './package-types.ts';
import { withoutPrinterSettings } from './printer-settings.ts';
import { isArchive, readZipArchive, writeZipArchive, type ZipEntry } from './zip-archive.ts';

/** A picture the cleaned copy shows as a grey placeholder, so the people publishing it can be told. */
export interface ReplacedPicture {
  /** The part's name; inside an embedded spreadsheet, the spreadsheet's part name, a slash, then the inner name. */
  part: string;
  format: ReplacedPictureFormat;
}

export type OfficeStripping =
  | { ok: true; data: Buffer; replacedPictures: ReplacedPicture[] }
  | { ok: false; problem: DocumentProblem };

type CleanedEntries = { ok: true; entries: ZipEntry[]; replaced: ReplacedPicture[] } | { ok: false; problem: DocumentProblem };

const xmlDeclaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const vt = 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes';
/** OOXML property parts, each replaced by a valid empty one. */
const neutralOoxmlParts: Record<string, string> = {
  'docProps/core.xml': `${xmlDeclaration}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"></cp:coreProperties>`,
  'docProps/app.xml': `${xmlDeclaration}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="${vt}"></Properties>`,
  'docProps/custom.xml': `${xmlDeclaration}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="${vt}"></Properties>`,
};
const oleSignature = Buffer.from('d0cf11e0a1b11ae1', 'hex');

/** Where each format keeps its pictures: a part there is a picture whatever its bytes (or its name) say. */
const pictureFolders: Record<OfficeKind, RegExp> = { docx: /(^|\/)media\//, odt: /(^|\/)(Pictures|ObjectReplacements)\// };

export async function stripOfficeMetadata(data: Buffer, kind: OfficeKind): Promise<OfficeStripping> {
  const reading = await readOfficeDocument(data, kind);
  if (!reading.ok) return reading;
  const cleaned = kind === 'docx' ? await cleanOoxmlEntries(reading.entries, 0) : cleanOdfEntries(reading.entries);
  if (!cleaned.ok) return cleaned;
  const { entries, replaced: replacedPictures } = cleaned;
  if (kind === 'odt') {
    // ODF readers find the type in the first entry, which must be stored uncompressed.
    const ordered = [...entries.filter((e) => e.name === 'mimetype'), ...entries.filter((e) => e.name !== 'mimetype')];
    return { ok: true, data: await writeZipArchive(ordered, ['mimetype']), replacedPictures };
  }
  return { ok: true, data: await writeZipArchive(entries), replacedPictures };
}

async function cleanOoxmlEntries(original: readonly ZipEntry[], depth: number): Promise<CleanedEntries> {
  const entries = withoutPrinterSettings(original);
  const declared = ooxmlDeclaredTypes(entries);
  const cleaned: ZipEntry[] = [];
  const replaced: ReplacedPicture[] = [];
  const redeclared: Redeclaration[] = [];
  for (const entry of entries) {
    const neutral = neutralOoxmlParts[entry.name];
    if (neutral) {
      cleaned.push({ name: entry.name, data: Buffer.from(neutral, 'utf8') });
    } else if (entry.name.endsWith('.xml') || entry.name.endsWith('.rels')) {
      cleaned.push({ name: entry.name, data: Buffer.from(cleanOoxmlXml(entry.data.toString('utf8')), 'utf8') });
    } else if (entry.name.endsWith('.vml')) {
      // Legacy drawings (a spreadsheet's comment boxes) may be in a Windows code page: latin1 keeps every byte.
      cleaned.push({ name: entry.name, data: Buffer.from(cleanOoxmlXml(entry.data.toString('latin1')), 'latin1') });
    } else if (isArchive(entry.data)) {
      // An embedded .xlsx or .pptx: cleaned like the document, one level deep (deeper nesting is not what Word writes).
      if (depth > 0) return documentProblem('embedded-files');
      const inner = await readZipArchive(entry.data);
      if (!inner.ok) return inner;
      if (!inner.entries.some((e) => e.name === ooxmlTypesPart)) return documentProblem('embedded-files');
      const innerCleaned = await cleanOoxmlEntries(inner.entries, depth + 1);
      if (!innerCleaned.ok) return innerCleaned;
      cleaned.push({ name: entry.name, data: await writeZipArchive(innerCleaned.entries) });
      replaced.push(...innerCleaned.replaced.map((picture) => ({ ...picture, part: `${entry.name}/${picture.part}` })));
    } else {
      const refused = addBinaryPart({ cleaned, replaced, redeclared }, entry, declared(entry.name), pictureFolders.docx);
      if (refused) return refused;
    }
  }
  const redeclare = (entry: ZipEntry): ZipEntry => entry.name === ooxmlTypesPart
    ? { name: entry.name, data: Buffer.from(redeclareOoxml(entry.data.toString('utf8'), redeclared), 'utf8') }
    : entry;
  return { ok: true, entries: redeclared.length ? cleaned.map(redeclare) : cleaned, replaced };
}

/**
 * Authors of comments, tracked changes and co-authoring (w:, w15:, x: …), the attached template's path, and the
 * o:gfxdata a VML shape may carry: base64 of a zipped copy of the shape, pictures and their metadata included, which
 * Word writes for older readers and makes again when it saves.
 */
export function cleanOoxmlXml(xml: string): string {
  return xml
    .replace(/(\s(?:[A-Za-z0-9]+:)?(?:author|initials|userId|providerId))=("[^"]*"|'[^']*')/g, '$1=""')
    .replace(/\s(?:[A-Za-z0-9]+:)?gfxdata\s*=\s*("[^"]*"|'[^']*')/g, '')
    .replace(/<author>[^<]*<\/author>/g, '<author></author>') // spreadsheet comment authors
    .replace(/(<Relationship\b[^>]*\/attachedTemplate"[^>]*\sTarget=)("[^"]*"|'[^']*')/g, '$1""');
}

function cleanOdfEntries(entries: readonly ZipEntry[]): CleanedEntries {
  const declared = odfDeclaredTypes(entries);
  const cleaned: ZipEntry[] = [];
  const replaced: ReplacedPicture[] = [];
  const redeclared: Redeclaration[] = [];
  for (const entry of entries) {
    if (entry.name === 'meta.xml' || entry.name.endsWith('/meta.xml')) {
      cleaned.push({ name: entry.name, data: Buffer.from(neutralOdfMeta(entry.data.toString('utf8')), 'utf8') });
    } else if (entry.name.endsWith('.xml')) {
      const inline = cleanInlinePictures(cleanOdfXml(entry.data.toString('utf8')));
      if (!inline.ok) return inline;
      cleaned.push({ name: entry.name, data: Buffer.from(inline.xml, 'utf8') });
      replaced.push(...inline.replaced.map((format) => ({ part: entry.name, format })));
    } else {
      const refused = addBinaryPart({ cleaned, replaced, redeclared }, entry, declared(entry.name), pictureFolders.odt);
      if (refused) return refused;
    }
  }
  if (!redeclared.length) return { ok: true, entries: cleaned, replaced };
  const redeclare = (entry: ZipEntry): ZipEntry => {
    if (!entry.name.endsWith('.xml')) return entry;
    const xml = entry.data.toString('utf8');
    const base = entry.name.slice(0, entry.name.lastIndexOf('/') + 1); // an embedded object links from its own folder
    const rewritten = entry.name === odfManifestPart ? redeclareOdfManifest(xml, redeclared) : redeclareOdfImages(xml, redeclared, base);
    return { name: entry.name, data: Buffer.from(rewritten, 'utf8') };
  };
  return { ok: true, entries: cleaned.map(redeclare), replaced };
}

/**
 * Pictures ODF writes into the XML itself, base64 in office:binary-data (inside a draw:image, a fill or a list
 * bullet), cleaned like the ones in their own parts; the draw:image's media-type hint follows a replacement.
 */
function cleanInlinePictures(xml: string): { ok: true; xml: string; replaced: ReplacedPictureFormat[] } | { ok: false; problem: DocumentProblem } {
  const replaced: ReplacedPictureFormat[] = [];
  let problem: DocumentProblem | undefined;
  const cleaned = xml.replace(
    /(<draw:image\b[^>]*>\s*)?(<office:binary-data>)([^<]*)(<\/office:binary-data>)/g,
    (_, image: string | undefined, open: string, base64: string, close: string) => {
      const picture = cleanBinary(Buffer.from(base64.replace(/\s+/g, ''), 'base64'), true);
      if (!picture.ok) {
        problem ??= picture.problem;
        return '';
      }
      if (picture.replaced) replaced.push(picture.replaced.format);
      const mediaType = picture.replaced?.mediaType;
      const tag = image && mediaType ? image.replace(/(\s(?:draw|loext):mime-type\s*=\s*)("[^"]*"|'[^']*')/g, `$1"${mediaType}"`) : image ?? '';
      return `${tag}${open}${picture.data.toString('base64')}${close}`;
    },
  );
  return problem ? documentProblem(problem) : { ok: true, xml: cleaned, replaced };
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

/**
 * A binary part: a picture if its bytes, its declared type or its folder say so (cleaned, or replaced and declared
 * anew when the placeholder's type differs), sound or video (refused: no still picture can stand in for it), an OLE
 * object (refused: its own author, its own properties), or something else kept as it is (fonts).
 */
function addBinaryPart(
  into: { cleaned: ZipEntry[]; replaced: ReplacedPicture[]; redeclared: Redeclaration[] },
  entry: ZipEntry, declaredType: string | undefined, pictureFolder: RegExp,
): { ok: false; problem: DocumentProblem } | undefined {
  if (entry.name.endsWith('/')) {
    into.cleaned.push(entry);
    return undefined;
  }
  if (/^(audio|video)\//.test(declaredType ?? '')) return documentProblem('embedded-files');
  const part = cleanBinary(entry.data, declaredType?.startsWith('image/') === true || pictureFolder.test(entry.name));
  if (!part.ok) return part;
  into.cleaned.push({ name: entry.name, data: part.data });
  if (!part.replaced) return undefined;
  into.replaced.push({ part: entry.name, format: part.replaced.format });
  if (part.replaced.mediaType !== declaredType) into.redeclared.push({ part: entry.name, mediaType: part.replaced.mediaType });
  return undefined;
}

function cleanBinary(data: Buffer, isPicture: boolean): PictureCleaning {
  if (data.subarray(0, 8).equals(oleSignature)) return documentProblem('embedded-files');
  if (!isPicture && !pictureFormatOf(data) && !isAudioOrVideo(data)) return { ok: true, data };
  return cleanPicture(data);
}
