// Removes what a camera or editor writes about a picture (EXIF with GPS position and device, XMP, IPTC, comments,
// text chunks) from JPEG and PNG, keeping the pixels and what decoding needs (JFIF, ICC colour profile, Adobe).
import { crc32 } from 'node:zlib';

const jpegStart = Buffer.from([0xff, 0xd8]);
const pngSignature = Buffer.from('89504e470d0a1a0a', 'hex');

/** JPEG segments kept: APP0 (JFIF), APP2 (ICC profile), APP14 (Adobe colour transform). Other APPn and COM go. */
const keptJpegAppMarkers = new Set([0xe0, 0xe2, 0xee]);
/** PNG chunks that only describe: text, EXIF and the last-modified time. */
const droppedPngChunks = new Set(['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME']);

export type ImageKind = 'jpeg' | 'png';

export function imageKindOf(data: Buffer): ImageKind | undefined {
  if (data.subarray(0, 2).equals(jpegStart)) return 'jpeg';
  if (data.subarray(0, 8).equals(pngSignature)) return 'png';
  return undefined;
}

/** A copy without metadata, or undefined when the file is not a well-formed JPEG or PNG. */
export function stripImageMetadata(data: Buffer): Buffer | undefined {
  const kind = imageKindOf(data);
  if (kind === 'jpeg') return stripJpeg(data);
  if (kind === 'png') return stripPng(data);
  return undefined;
}

function stripJpeg(data: Buffer): Buffer | undefined {
  const kept: Buffer[] = [jpegStart];
  let at = 2;
  while (at + 2 <= data.length) {
    if (data[at] !== 0xff) return undefined;
    const marker = data[at + 1]!;
    if (marker === 0xff) { at += 1; continue; } // fill byte
    if (marker === 0xd9) return Buffer.concat([...kept, data.subarray(at, at + 2)]); // end of image
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8) || at + 4 > data.length) return undefined;
    const length = data.readUInt16BE(at + 2);
    if (length < 2 || at + 2 + length > data.length) return undefined;
    const isMetadata = (marker >= 0xe0 && marker <= 0xef && !keptJpegAppMarkers.has(marker)) || marker === 0xfe;
    if (!isMetadata) kept.push(data.subarray(at, at + 2 + length));
    at += 2 + length;
    if (marker === 0xda) {
      // Start of scan: compressed data up to the next marker that is not a stuffed 0xFF00 or a restart (RSTn).
      const scanStart = at;
      while (at + 1 < data.length && !(data[at] === 0xff && data[at + 1] !== 0x00 && !(data[at + 1]! >= 0xd0 && data[at + 1]! <= 0xd7))) at += 1;
      if (at + 1 >= data.length) return undefined;
      kept.push(data.subarray(scanStart, at));
    }
  }
  return undefined;
}

function stripPng(data: Buffer): Buffer | undefined {
  const kept: Buffer[] = [pngSignature];
  let at = 8;
  while (at + 12 <= data.length) {
    const length = data.readUInt32BE(at);
    const end = at + 12 + length;
    if (end > data.length) return undefined;
    const type = data.subarray(at + 4, at + 8).toString('latin1');
    if (crc32(data.subarray(at + 4, at + 8 + length)) !== data.readUInt32BE(at + 8 + length)) return undefined;
    if (!droppedPngChunks.has(type)) kept.push(data.subarray(at, end));
    at = end;
    if (type === 'IEND') return Buffer.concat(kept);
  }
  return undefined;
}
