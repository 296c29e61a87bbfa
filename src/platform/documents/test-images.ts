// Pictures for the image-stripping and initiatives tests, built here rather than kept as opaque files: a real 16×12
// baseline JPEG and an 8×6 PNG (made once with jpeg-js and pngjs; any decoder shows them), 16×12 WebPs (made once by
// Chromium's encoder, its colour profile left out), to which the tests add what cameras, editors and provenance tools
// write — EXIF with a GPS position, XMP, comments, text chunks, C2PA manifests, thumbnails — and files that only pretend.
import { crc32, deflateSync } from 'node:zlib';

/** JFIF, quantisation and Huffman tables, frame header, scan: nothing that describes where or who. */
export const cleanJpeg = (): Buffer => Buffer.from('/9j/4AAQSkZJRgABAQAAAQABAAD/2wCEAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSgBBwcHCggKEwoKEygaFhooKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKP/AABEIAAwAEAMBEQACEQEDEQH/xAGiAAABBQEBAQEBAQAAAAAAAAAAAQIDBAUGBwgJCgsQAAIBAwMCBAMFBQQEAAABfQECAwAEEQUSITFBBhNRYQcicRQygZGhCCNCscEVUtHwJDNicoIJChYXGBkaJSYnKCkqNDU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6g4SFhoeIiYqSk5SVlpeYmZqio6Slpqeoqaqys7S1tre4ubrCw8TFxsfIycrS09TV1tfY2drh4uPk5ebn6Onq8fLz9PX29/j5+gEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoLEQACAQIEBAMEBwUEBAABAncAAQIDEQQFITEGEkFRB2FxEyIygQgUQpGhscEJIzNS8BVictEKFiQ04SXxFxgZGiYnKCkqNTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqCg4SFhoeIiYqSk5SVlpeYmZqio6Slpqeoqaqys7S1tre4ubrCw8TFxsfIycrS09TV1tfY2dri4+Tl5ufo6ery8/T19vf4+fr/2gAMAwEAAhEDEQA/AGeBPBI8XazNYG8+x+XbtP5nleZnDKuMZH97r7V5uXVLn2GaYz2Ub2vqU/iR4IHhDWYbAXn23zLdZ/M8ry8ZZlxjcf7vXPevtsrxHMfLYjE86uSzRJ6V+cZfJ6HuY2b1KU0SelfdZfJ6HyeNmz//2Q==', 'base64');
export const cleanPng = (): Buffer => Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAgAAAAGCAYAAAD+Bd/7AAAAM0lEQVR4AWNUWODwnwEPYGIgAFgYoOCCwwUGZGBwwIABBJgYCAAWBigwOGDAgA0wMRAAACdBBi/SmglpAAAAAElFTkSuQmCC', 'base64');

/** Geneva's Palais des Nations, as degrees/minutes/seconds rationals: bytes easy to look for afterwards. */
export const gpsLatitude = [46, 13, 3_456] as const;
export const gpsLongitude = [6, 8, 2_109] as const;

export function jpegSegment(marker: number, body: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt16BE(0xff00 | marker, 0);
  head.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([head, body]);
}

/**
 * A little-endian TIFF structure as EXIF carries it: IFD0 pointing to a GPS IFD with latitude and longitude, and
 * holding the orientation first when one is given (as a phone that was held upright writes it).
 */
export function exifWithGps(orientation?: number): Buffer {
  const tiff = Buffer.alloc(140);
  tiff.write('II', 0, 'latin1');
  tiff.writeUInt16LE(42, 2);
  tiff.writeUInt32LE(8, 4); // IFD0 at 8
  const ifd0: [number, number, number, number][] = orientation ? [[0x0112, 3, 1, orientation]] : [];
  const gpsAt = 8 + 2 + (ifd0.length + 1) * 12 + 4;
  ifd0.push([0x8825, 4, 1, gpsAt]); // GPSInfo → the GPS IFD
  const gps: [number, number, number, number][] = [[1, 2, 2, 0x4e], [2, 5, 3, gpsAt + 54], [3, 2, 2, 0x45], [4, 5, 3, gpsAt + 78]]; // N, lat, E, lon
  for (const [ifdAt, entries] of [[8, ifd0], [gpsAt, gps]] as const) {
    tiff.writeUInt16LE(entries.length, ifdAt);
    entries.forEach(([tag, type, count, value], i) => {
      const at = ifdAt + 2 + i * 12;
      tiff.writeUInt16LE(tag, at); tiff.writeUInt16LE(type, at + 2); tiff.writeUInt32LE(count, at + 4); tiff.writeUInt32LE(value, at + 8);
    });
    tiff.writeUInt32LE(0, ifdAt + 2 + entries.length * 12); // no next IFD
  }
  [[gpsLatitude, gpsAt + 54], [gpsLongitude, gpsAt + 78]].forEach(([dms, at]) => (dms as readonly number[]).forEach((n, i) => {
    tiff.writeUInt32LE(n, (at as number) + i * 8); tiff.writeUInt32LE(i === 2 ? 100 : 1, (at as number) + i * 8 + 4);
  }));
  return Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
}

export const xmp = '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="46,13.576N" exif:GPSLongitude="6,8.351E"/></x:xmpmeta>';

/** The clean JPEG with EXIF (GPS) and XMP segments right after its JFIF header, as a phone would write them. */
export function jpegWithGps(): Buffer {
  const clean = cleanJpeg();
  const afterJfif = 2 + 2 + clean.readUInt16BE(4);
  return Buffer.concat([
    clean.subarray(0, afterJfif),
    jpegSegment(0xe1, exifWithGps()),
    jpegSegment(0xe1, Buffer.from(`http://ns.adobe.com/xap/1.0/\0${xmp}`, 'latin1')),
    clean.subarray(afterJfif),
  ]);
}

export function pngChunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])));
  return Buffer.concat([head, body, crc]);
}

/** The clean PNG with tEXt, iTXt and eXIf chunks after its header, as editors write them. */
export function pngWithText(): Buffer {
  const clean = cleanPng();
  const afterHeader = 8 + 25; // signature, then IHDR (13 bytes of data + 12)
  return Buffer.concat([
    clean.subarray(0, afterHeader),
    pngChunk('tEXt', Buffer.from('Author\0Jane Doe, Geneva', 'latin1')),
    pngChunk('iTXt', Buffer.from(`XML:com.adobe.xmp\0\0\0\0\0${xmp}`, 'utf8')),
    pngChunk('eXIf', exifWithGps().subarray(6)),
    clean.subarray(afterHeader),
  ]);
}

/** A text file named like a photo: the name and the browser's type lie, the content does not. */
export const notAPicture = (): Buffer => Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n', 'latin1');

/** Bytes that identify the GPS block of exifWithGps(), wherever it is copied. */
export function gpsFingerprint(): Buffer {
  return exifWithGps().subarray(6 + 80, 6 + 80 + 24);
}

/** Lossy, opaque: the simple format (one VP8 chunk). */
export const cleanWebp = (): Buffer => Buffer.from('UklGRlIAAABXRUJQVlA4IEYAAABQAgCdASoQAAwAAMASJagCdLoB+AADFfm8KgAA/v0CRtK1PyRtIruqz/8/M7txfvS/99HX/z3//Ht2/9Cf+Rx/I4/+QyAA', 'base64');
/** Lossless (one VP8L chunk). */
export const cleanLosslessWebp = (): Buffer => Buffer.from('UklGRioAAABXRUJQVlA4TB4AAAAvD8ACAA9wQNCDgB4IfP4jDWLBZP7SfTFE9D9yAAA=', 'base64');

export function webpChunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.write(type, 0, 'latin1');
  head.writeUInt32LE(body.length, 4);
  return Buffer.concat([head, body, Buffer.alloc(body.length % 2)]);
}

export function riffWebp(chunks: Buffer[]): Buffer {
  const payload = Buffer.concat([Buffer.from('WEBP', 'latin1'), ...chunks]);
  const head = Buffer.alloc(8);
  head.write('RIFF', 0, 'latin1');
  head.writeUInt32LE(payload.length, 4);
  return Buffer.concat([head, payload]);
}

/** The extended header: flags, then the 16×12 canvas (each side stored minus one). */
export function vp8x(flags: number): Buffer {
  const body = Buffer.alloc(10);
  body[0] = flags;
  body.writeUIntLE(15, 4, 3);
  body.writeUIntLE(11, 7, 3);
  return webpChunk('VP8X', body);
}

/** The lossy picture's VP8 chunk, as it appears inside cleanWebp(). */
export const webpImageChunk = (): Buffer => cleanWebp().subarray(12);

/** The same picture in the extended format with an alpha channel, and EXIF (GPS), XMP and a C2PA chunk, as an editor
 * that signs its output writes them; the header's flags announce alpha, EXIF and XMP. */
export function webpWithMetadata(): Buffer {
  const alpha = Buffer.from('AQ8w/xERQiyY5C/dN4aI/k/AngA=', 'base64');
  return riffWebp([
    vp8x(0x10 | 0x08 | 0x04),
    webpChunk('ALPH', alpha),
    webpImageChunk(),
    webpChunk('EXIF', exifWithGps().subarray(6)),
    webpChunk('XMP ', Buffer.from(xmp, 'utf8')),
    webpChunk('C2PA', Buffer.from('jumb c2pa.signature Jane Doe', 'latin1')),
  ]);
}

/** An animation of one frame whose frame also carries an unknown chunk, with EXIF after it. */
export function animatedWebpWithMetadata(): Buffer {
  const frameHeader = Buffer.alloc(16);
  frameHeader.writeUIntLE(15, 6, 3); // width − 1
  frameHeader.writeUIntLE(11, 9, 3); // height − 1
  frameHeader.writeUIntLE(100, 12, 3); // duration in ms
  const frame = Buffer.concat([frameHeader, webpImageChunk(), webpChunk('XMP ', Buffer.from(xmp, 'utf8'))]);
  return riffWebp([
    vp8x(0x02 | 0x08), webpChunk('ANIM', Buffer.from([0, 0, 0, 0, 0, 0])), webpChunk('ANMF', frame),
    webpChunk('EXIF', exifWithGps().subarray(6)),
  ]);
}

/** The clean PNG with every kind of chunk that describes rather than draws, and an iCCP whose name is a person's. */
export function pngWithEverything(): Buffer {
  const clean = cleanPng();
  const afterHeader = 8 + 25;
  const physical = Buffer.alloc(9);
  physical.writeUInt32BE(5669, 0); physical.writeUInt32BE(5669, 4); physical[8] = 1; // 144 dpi
  return Buffer.concat([
    clean.subarray(0, afterHeader),
    pngChunk('iCCP', Buffer.concat([Buffer.from('Jane Doe calibrated\0\0', 'latin1'), deflateSync(Buffer.from('not a real profile'))])),
    pngChunk('sRGB', Buffer.from([0])),
    pngChunk('tEXt', Buffer.from('Author\0Jane Doe, Geneva', 'latin1')),
    pngChunk('zTXt', Buffer.concat([Buffer.from('Comment\0\0', 'latin1'), deflateSync(Buffer.from('Taken at the checkpoint'))])),
    pngChunk('iTXt', Buffer.from(`XML:com.adobe.xmp\0\0\0\0\0${xmp}`, 'utf8')),
    pngChunk('eXIf', exifWithGps().subarray(6)),
    pngChunk('tIME', Buffer.from([0x07, 0xea, 3, 14, 9, 30, 0])),
    pngChunk('caBX', Buffer.from('jumb c2pa.claim Jane Doe', 'latin1')),
    pngChunk('pHYs', physical),
    pngChunk('prVt', Buffer.from('device serial 0042', 'latin1')), // ancillary, private, unknown to everyone
    clean.subarray(afterHeader),
    Buffer.from('trailing bytes after IEND', 'latin1'),
  ]);
}

/** The clean JPEG with what phones, editors and signing tools add: JFIF with a thumbnail, EXIF with an orientation and
 * GPS, XMP, IPTC, a C2PA manifest (APP11), a second picture's index (MPF), a comment, and a picture after the end. */
export function jpegWithEverything(): Buffer {
  const clean = cleanJpeg();
  const afterJfif = 2 + 2 + clean.readUInt16BE(4);
  const thumbnail = Buffer.concat([clean.subarray(4 + 2, 4 + 14), Buffer.from([1, 1, 0xaa, 0xbb, 0xcc])]); // a 1×1 RGB thumbnail
  return Buffer.concat([
    clean.subarray(0, 2),
    jpegSegment(0xe0, thumbnail),
    jpegSegment(0xe1, exifWithGps(6)),
    jpegSegment(0xe1, Buffer.from(`http://ns.adobe.com/xap/1.0/\0${xmp}`, 'latin1')),
    jpegSegment(0xe2, Buffer.from('MPF\0MM\0*Jane Doe', 'latin1')),
    jpegSegment(0xed, Buffer.from('Photoshop 3.0\x008BIM\x04\x04Jane Doe', 'latin1')),
    jpegSegment(0xeb, Buffer.from('JP\0\x01jumb c2pa Jane Doe', 'latin1')),
    jpegSegment(0xfe, Buffer.from('Jane Doe, Geneva', 'latin1')),
    clean.subarray(afterJfif),
    Buffer.from('Jane Doe hidden after the end', 'latin1'),
  ]);
}
