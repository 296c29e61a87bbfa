// Checks untrusted word-processing files: DOCX and ODT are zips read safely (zip-archive.ts) that must hold the
// parts their format requires; a password-protected DOCX is not a zip at all but an OLE file ("EncryptedPackage").
import { documentOk, documentProblem, type DocumentCheck } from './document-problem.ts';
import { readZipArchive, type ZipReading } from './zip-archive.ts';

export type OfficeKind = 'docx' | 'odt';

export const odtMediaType = 'application/vnd.oasis.opendocument.text';

/** DOCX keeps embedded spreadsheets and presentations as zips (.xlsx, .pptx) in this folder; nowhere else. */
export const nestedArchiveFolders: Record<OfficeKind, readonly string[]> = { docx: ['word/embeddings/'], odt: [] };

const oleSignature = Buffer.from('d0cf11e0a1b11ae1', 'hex');

/** Office saves a password-protected document as an OLE compound file holding an "EncryptedPackage" stream. */
export function isEncryptedOfficeFile(data: Buffer): boolean {
  return data.subarray(0, 8).equals(oleSignature) && data.includes(Buffer.from('EncryptedPackage', 'utf16le'));
}

export async function readOfficeDocument(data: Buffer, kind: OfficeKind): Promise<ZipReading> {
  const reading = await readZipArchive(data, { nestedArchivesUnder: nestedArchiveFolders[kind] });
  if (!reading.ok) return reading;
  const part = (name: string) => reading.entries.find((entry) => entry.name === name)?.data;
  if (kind === 'docx') {
    if (!part('[Content_Types].xml') || !part('word/document.xml')) return documentProblem('malformed');
  } else {
    if (part('mimetype')?.toString('latin1') !== odtMediaType || !part('content.xml')) return documentProblem('malformed');
    // ODF encrypts parts itself, inside an ordinary zip, and says so in the manifest.
    if (part('META-INF/manifest.xml')?.toString('utf8').includes('encryption-data')) return documentProblem('encrypted');
  }
  return reading;
}

export async function checkOfficeDocument(data: Buffer, kind: OfficeKind): Promise<DocumentCheck> {
  const reading = await readOfficeDocument(data, kind);
  return reading.ok ? documentOk : reading;
}
