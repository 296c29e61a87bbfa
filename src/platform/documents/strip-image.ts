// Removes what a camera, editor or provenance tool writes about a picture from JPEG, PNG and WebP. Each format keeps
// an allow-list of what decoding needs (strip-jpeg.ts, strip-png.ts, strip-webp.ts), so metadata of a kind nobody
// has met yet goes too. The pixels are not touched.
import { stripJpeg } from './strip-jpeg.ts';
import { stripPng } from './strip-png.ts';
import { stripWebp } from './strip-webp.ts';

export type ImageKind = 'jpeg' | 'png' | 'webp';

export function imageKindOf(data: Buffer): ImageKind | undefined {
  if (data[0] === 0xff && data[1] === 0xd8) return 'jpeg';
  if (data.subarray(0, 8).equals(Buffer.from('89504e470d0a1a0a', 'hex'))) return 'png';
  if (data.subarray(0, 4).toString('latin1') === 'RIFF' && data.subarray(8, 12).toString('latin1') === 'WEBP') return 'webp';
  return undefined;
}

const strippers: Record<ImageKind, (data: Buffer) => Buffer | undefined> = { jpeg: stripJpeg, png: stripPng, webp: stripWebp };

/** A copy without metadata, or undefined when the file is not a well-formed JPEG, PNG or WebP. */
export function stripImageMetadata(data: Buffer): Buffer | undefined {
  const kind = imageKindOf(data);
  return kind && strippers[kind](data);
}
