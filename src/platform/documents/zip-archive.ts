// Reads an untrusted zip (DOCX, ODT) from its central directory with yauzl, refusing bombs, traversal names,
// encrypted or lying entries BEFORE and WHILE inflating; writes cleaned copies with yazl (same author, same care).
import { crc32 } from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import yazl from 'yazl';
import { limits } from '../../config.ts';
import { documentProblem, type DocumentProblem } from './document-problem.ts';

export interface ZipEntry {
  name: string;
  /** Empty for a folder entry (name ending in "/"). */
  data: Buffer;
}

export interface ZipLimits {
  maxEntries: number;
  maxUncompressedBytes: number;
  maxRatio: number;
  ratioCheckedAboveBytes: number;
}

export const archiveLimits: ZipLimits = Object.freeze({
  maxEntries: limits.archiveMaxEntries,
  maxUncompressedBytes: limits.archiveMaxUncompressedBytes,
  maxRatio: limits.archiveMaxRatio,
  ratioCheckedAboveBytes: limits.archiveRatioCheckedAboveBytes,
});

export type ZipReading = { ok: true; entries: ZipEntry[] } | { ok: false; problem: DocumentProblem };

const archiveSignatures = [
  Buffer.from('504b0304', 'hex'), Buffer.from('504b0506', 'hex'), Buffer.from('504b0708', 'hex'), // zip
  Buffer.from('1f8b', 'hex'), Buffer.from('377abcaf271c', 'hex'), Buffer.from('526172211a07', 'hex'), // gzip, 7z, rar
];

export function isArchive(data: Buffer): boolean {
  return archiveSignatures.some((signature) => data.subarray(0, signature.length).equals(signature));
}

/**
 * Every entry's bytes, in the archive's order, or why the archive is refused. `nestedArchivesUnder` lists the folders
 * where a zip inside the zip is expected (DOCX keeps embedded spreadsheets as .xlsx under word/embeddings/).
 */
export async function readZipArchive(
  data: Buffer,
  options: { nestedArchivesUnder?: readonly string[]; limits?: ZipLimits } = {},
): Promise<ZipReading> {
  const bounds = options.limits ?? archiveLimits;
  let zip: ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(data, { lazyEntries: true, validateEntrySizes: true, strictFileNames: true, decodeStrings: true });
  } catch (error) {
    return documentProblem(problemOf(error));
  }
  try {
    if (zip.entryCount > bounds.maxEntries) return documentProblem('unsafe-archive');
    const entries: ZipEntry[] = [];
    const seen = new Set<string>();
    let declaredTotal = 0;
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      // Two entries with one name are read differently by different programs: a classic way to smuggle content.
      const key = entry.fileName.normalize('NFC').toLowerCase();
      if (seen.has(key) || entry.fileName.includes('\u0000')) return documentProblem('unsafe-archive');
      seen.add(key);
      if (entry.isEncrypted()) return documentProblem('encrypted');
      if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) return documentProblem('malformed');
      declaredTotal += entry.uncompressedSize;
      const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
      if (declaredTotal > bounds.maxUncompressedBytes) return documentProblem('unsafe-archive');
      if (entry.uncompressedSize > bounds.ratioCheckedAboveBytes && ratio > bounds.maxRatio) return documentProblem('unsafe-archive');
      if (entry.fileName.endsWith('/')) {
        entries.push({ name: entry.fileName, data: Buffer.alloc(0) });
        continue;
      }
      // yauzl stops the stream when the bytes do not match the declared size, so a lying header cannot balloon.
      const bytes = await readEntry(zip, entry);
      if (crc32(bytes) !== entry.crc32) return documentProblem('malformed');
      const nestedAllowed = (options.nestedArchivesUnder ?? []).some((folder) => entry!.fileName.startsWith(folder));
      if (!nestedAllowed && isArchive(bytes)) return documentProblem('unsafe-archive');
      entries.push({ name: entry.fileName, data: bytes });
    }
    return { ok: true, entries };
  } catch (error) {
    return documentProblem(problemOf(error));
  } finally {
    zip.close();
  }
}

/** A zip of these entries in this order; `stored` entries are not compressed (ODF's `mimetype` must be). */
export async function writeZipArchive(entries: readonly ZipEntry[], stored: readonly string[] = []): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  // A fixed date: the entries' times would otherwise say when the author last saved each part.
  const mtime = new Date('1980-01-01T00:00:00Z');
  for (const entry of entries) {
    if (entry.name.endsWith('/')) zip.addEmptyDirectory(entry.name, { mtime });
    else zip.addBuffer(entry.data, entry.name, { mtime, compress: !stored.includes(entry.name) });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function problemOf(error: unknown): DocumentProblem {
  const message = error instanceof Error ? error.message : '';
  return /absolute path|invalid relative path|invalid characters in fileName/.test(message) ? 'unsafe-archive' : 'malformed';
}

function nextEntry(zip: ZipFile): Promise<Entry | null> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    const onEntry = (entry: Entry) => { cleanup(); resolve(entry); };
    const onEnd = () => { cleanup(); resolve(null); };
    const onError = (error: Error) => { cleanup(); reject(error); };
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

async function readEntry(zip: ZipFile, entry: Entry): Promise<Buffer> {
  const stream = await zip.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
