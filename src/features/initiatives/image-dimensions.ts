// A picture's width and height, read from its header (JPEG frame header, PNG IHDR, WebP's first chunk) without
// decoding it: pages give every <img> its size so slow connections do not reflow, and absurd sizes are refused before
// a browser meets them.
import { orientationOf, type ImageKind } from '../../platform/documents/index.ts';

export interface Dimensions {
  width: number;
  height: number;
}

/** Start-of-frame markers (baseline, progressive, lossless…): every SOFn except DHT (C4), JPG (C8) and DAC (CC). */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

/** As shown: an orientation of 5 to 8 (kept by the stripper) turns the picture a quarter, swapping its sides. */
function jpegDimensions(data: Buffer): Dimensions | undefined {
  let turned = false;
  let at = 2;
  while (at + 4 <= data.length) {
    if (data[at] !== 0xff) return undefined;
    const marker = data[at + 1]!;
    if (marker === 0xff) { at += 1; continue; }
    if (marker === 0xd9 || marker === 0xda) return undefined; // the image (or its data) starts before any frame header
    const length = data.readUInt16BE(at + 2);
    if (marker === 0xe1) turned ||= (orientationOf(data.subarray(at + 4, at + 2 + length)) ?? 1) >= 5;
    if (isStartOfFrame(marker)) {
      if (at + 9 > data.length) return undefined;
      const height = data.readUInt16BE(at + 5);
      const width = data.readUInt16BE(at + 7);
      return turned ? { width: height, height: width } : { width, height };
    }
    at += 2 + length;
  }
  return undefined;
}

function pngDimensions(data: Buffer): Dimensions | undefined {
  if (data.length < 24 || data.subarray(12, 16).toString('latin1') !== 'IHDR') return undefined;
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

/** The canvas of an extended file (VP8X), or the frame of a simple lossy (VP8) or lossless (VP8L) one. */
function webpDimensions(data: Buffer): Dimensions | undefined {
  if (data.length < 30) return undefined;
  const first = data.subarray(12, 16).toString('latin1');
  if (first === 'VP8X') return { width: data.readUIntLE(24, 3) + 1, height: data.readUIntLE(27, 3) + 1 };
  if (first === 'VP8 ' && data.readUIntBE(23, 3) === 0x9d012a) return { width: data.readUInt16LE(26) & 0x3fff, height: data.readUInt16LE(28) & 0x3fff };
  if (first === 'VP8L' && data[20] === 0x2f) {
    const bits = data.readUInt32LE(21);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  return undefined;
}

const readers: Record<ImageKind, (data: Buffer) => Dimensions | undefined> = { jpeg: jpegDimensions, png: pngDimensions, webp: webpDimensions };

/** undefined when the header cannot be found or declares an empty picture. */
export function imageDimensions(data: Buffer, kind: ImageKind): Dimensions | undefined {
  const found = readers[kind](data);
  return found && found.width > 0 && found.height > 0 ? found : undefined;
}
