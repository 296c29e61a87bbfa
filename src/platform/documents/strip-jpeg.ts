// A JPEG copy that keeps only what decoding needs, by allow-list: anything a camera, editor or provenance tool adds
// (EXIF with GPS and device, XMP, IPTC, C2PA/JUMBF in APP11, MPF's extra pictures, comments, thumbnails, data after
// the end of the image) is dropped because it is not on the list, whether or not we know what it is.
import { exifWithOrientation, orientationOf } from './exif-orientation.ts';

const start = Buffer.from([0xff, 0xd8]);

/** Frame headers (SOF0–SOF15 but DHT, JPG and DAC), Huffman and arithmetic tables, quantisation, restart interval,
 * line count, hierarchical progression and expansion, and the start of each scan: the markers a decoder reads. */
const decodingMarkers = new Set([
  0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf, // SOFn
  0xc4, 0xcc, 0xdb, 0xdd, 0xdc, 0xde, 0xdf, 0xda, // DHT, DAC, DQT, DRI, DNL, DHP, EXP, SOS
]);

/**
 * The application segments that change how the picture looks, each recognised by its identifier:
 * - APP0 "JFIF": colour space and pixel aspect; rewritten without its thumbnail (a thumbnail can show the picture as it
 *   was before cropping). "JFXX" (a thumbnail only) goes.
 * - APP2 "ICC_PROFILE": the colour profile (a phone's Display P3 photo looks washed out without it); a profile names a
 *   colour space, not a person or a place. Other APP2 (MPF's extra pictures, FlashPix) go.
 * - APP14 "Adobe": the colour transform, without which CMYK and YCCK pictures decode with inverted colours.
 * APP1 (EXIF) goes, but its orientation is carried over in a fresh EXIF holding nothing else (exif-orientation.ts).
 */
function keptApplicationSegment(marker: number, body: Buffer): Buffer | undefined {
  const identifier = (text: string) => body.subarray(0, text.length).toString('latin1') === text;
  if (marker === 0xe0 && identifier('JFIF\0') && body.length >= 14) {
    const withoutThumbnail = Buffer.concat([body.subarray(0, 12), Buffer.from([0, 0])]);
    return segment(0xe0, withoutThumbnail);
  }
  if ((marker === 0xe2 && identifier('ICC_PROFILE\0')) || (marker === 0xee && identifier('Adobe'))) return segment(marker, body);
  return undefined;
}

function segment(marker: number, body: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt16BE(0xff00 | marker, 0);
  head.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([head, body]);
}

const isRestart = (marker: number) => marker >= 0xd0 && marker <= 0xd7;

/** A copy without metadata, or undefined when the file is not a well-formed JPEG. */
export function stripJpeg(data: Buffer): Buffer | undefined {
  const kept: Buffer[] = [start];
  let orientation: number | undefined;
  let at = 2;
  while (at + 2 <= data.length) {
    if (data[at] !== 0xff) return undefined;
    const marker = data[at + 1]!;
    if (marker === 0xff) { at += 1; continue; } // fill byte
    if (marker === 0xd9) {
      // End of image: anything after it (a second picture, an appended archive) is left behind.
      // The orientation goes right after SOI, or after JFIF's APP0 when there is one (JFIF must come first).
      if (orientation) kept.splice(kept[1]?.[1] === 0xe0 ? 2 : 1, 0, segment(0xe1, exifWithOrientation(orientation)));
      return Buffer.concat([...kept, data.subarray(at, at + 2)]);
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8) || at + 4 > data.length) return undefined;
    const length = data.readUInt16BE(at + 2);
    if (length < 2 || at + 2 + length > data.length) return undefined;
    const body = data.subarray(at + 4, at + 2 + length);
    if (decodingMarkers.has(marker)) kept.push(data.subarray(at, at + 2 + length));
    else if (marker >= 0xe0 && marker <= 0xef) {
      const application = keptApplicationSegment(marker, body);
      if (application) kept.push(application);
      if (marker === 0xe1) orientation ??= orientationOf(body);
    }
    at += 2 + length;
    if (marker === 0xda) {
      // Start of scan: compressed data up to the next marker that is not a stuffed 0xFF00 or a restart (RSTn).
      const scanStart = at;
      while (at + 1 < data.length && !(data[at] === 0xff && data[at + 1] !== 0x00 && !isRestart(data[at + 1]!))) at += 1;
      if (at + 1 >= data.length) return undefined;
      kept.push(data.subarray(scanStart, at));
    }
  }
  return undefined;
}
