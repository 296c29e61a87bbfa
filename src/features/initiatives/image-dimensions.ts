// A picture's width and height, read from its header (JPEG frame header, PNG IHDR) without decoding it: pages give
// every <img> its size so slow connections do not reflow, and absurd sizes are refused before a browser meets them.
import type { ImageKind } from '../../platform/documents/strip-image.ts';

export interface Dimensions {
  width: number;
  height: number;
}

/** Start-of-frame markers (baseline, progressive, lossless…): every SOFn except DHT (C4), JPG (C8) and DAC (CC). */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

function jpegDimensions(data: Buffer): Dimensions | undefined {
  let at = 2;
  while (at + 4 <= data.length) {
    if (data[at] !== 0xff) return undefined;
    const marker = data[at + 1]!;
    if (marker === 0xff) { at += 1; continue; }
    if (marker === 0xd9 || marker === 0xda) return undefined; // the image (or its data) starts before any frame header
    const length = data.readUInt16BE(at + 2);
    if (isStartOfFrame(marker)) {
      if (at + 9 > data.length) return undefined;
      return { height: data.readUInt16BE(at + 5), width: data.readUInt16BE(at + 7) };
    }
    at += 2 + length;
  }
  return undefined;
}

function pngDimensions(data: Buffer): Dimensions | undefined {
  if (data.length < 24 || data.subarray(12, 16).toString('latin1') !== 'IHDR') return undefined;
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

/** undefined when the header cannot be found or declares an empty picture. */
export function imageDimensions(data: Buffer, kind: ImageKind): Dimensions | undefined {
  const found = kind === 'jpeg' ? jpegDimensions(data) : pngDimensions(data);
  return found && found.width > 0 && found.height > 0 ? found : undefined;
}
