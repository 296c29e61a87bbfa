// Pictures for the initiatives tests, built here rather than kept as opaque files: a real 16×12 baseline JPEG and an
// 8×6 PNG (made once with jpeg-js and pngjs; any decoder shows them), to which the tests add what cameras and
// editors write — an EXIF block with a GPS position, XMP, PNG text and EXIF chunks — and files that only pretend.
import { crc32 } from 'node:zlib';

/** JFIF, quantisation and Huffman tables, frame header, scan: nothing that describes where or who. */
export const cleanJpeg = (): Buffer => Buffer.from('/9j/4AAQSkZJRgABAQAAAQABAAD/2wCEAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSgBBwcHCggKEwoKEygaFhooKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKP/AABEIAAwAEAMBEQACEQEDEQH/xAGiAAABBQEBAQEBAQAAAAAAAAAAAQIDBAUGBwgJCgsQAAIBAwMCBAMFBQQEAAABfQECAwAEEQUSITFBBhNRYQcicRQygZGhCCNCscEVUtHwJDNicoIJChYXGBkaJSYnKCkqNDU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6g4SFhoeIiYqSk5SVlpeYmZqio6Slpqeoqaqys7S1tre4ubrCw8TFxsfIycrS09TV1tfY2drh4uPk5ebn6Onq8fLz9PX29/j5+gEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoLEQACAQIEBAMEBwUEBAABAncAAQIDEQQFITEGEkFRB2FxEyIygQgUQpGhscEJIzNS8BVictEKFiQ04SXxFxgZGiYnKCkqNTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqCg4SFhoeIiYqSk5SVlpeYmZqio6Slpqeoqaqys7S1tre4ubrCw8TFxsfIycrS09TV1tfY2dri4+Tl5ufo6ery8/T19vf4+fr/2gAMAwEAAhEDEQA/AGeBPBI8XazNYG8+x+XbtP5nleZnDKuMZH97r7V5uXVLn2GaYz2Ub2vqU/iR4IHhDWYbAXn23zLdZ/M8ry8ZZlxjcf7vXPevtsrxHMfLYjE86uSzRJ6V+cZfJ6HuY2b1KU0SelfdZfJ6HyeNmz//2Q==', 'base64');
export const cleanPng = (): Buffer => Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAgAAAAGCAYAAAD+Bd/7AAAAM0lEQVR4AWNUWODwnwEPYGIgAFgYoOCCwwUGZGBwwIABBJgYCAAWBigwOGDAgA0wMRAAACdBBi/SmglpAAAAAElFTkSuQmCC', 'base64');

/** Geneva's Palais des Nations, as degrees/minutes/seconds rationals: bytes easy to look for afterwards. */
export const gpsLatitude = [46, 13, 3_456] as const;
export const gpsLongitude = [6, 8, 2_109] as const;

function jpegSegment(marker: number, body: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt16BE(0xff00 | marker, 0);
  head.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([head, body]);
}

/** A little-endian TIFF structure as EXIF carries it: IFD0 pointing to a GPS IFD with latitude and longitude. */
export function exifWithGps(): Buffer {
  const tiff = Buffer.alloc(128);
  tiff.write('II', 0, 'latin1');
  tiff.writeUInt16LE(42, 2);
  tiff.writeUInt32LE(8, 4); // IFD0 at 8
  tiff.writeUInt16LE(1, 8); // one entry: GPSInfo → GPS IFD at 26
  tiff.writeUInt16LE(0x8825, 10); tiff.writeUInt16LE(4, 12); tiff.writeUInt32LE(1, 14); tiff.writeUInt32LE(26, 18);
  tiff.writeUInt32LE(0, 22); // no next IFD
  const entries: [number, number, number, number][] = [[1, 2, 2, 0x4e], [2, 5, 3, 80], [3, 2, 2, 0x45], [4, 5, 3, 104]]; // N, lat, E, lon
  tiff.writeUInt16LE(entries.length, 26);
  entries.forEach(([tag, type, count, value], i) => {
    const at = 28 + i * 12;
    tiff.writeUInt16LE(tag, at); tiff.writeUInt16LE(type, at + 2); tiff.writeUInt32LE(count, at + 4); tiff.writeUInt32LE(value, at + 8);
  });
  [[gpsLatitude, 80], [gpsLongitude, 104]].forEach(([dms, at]) => (dms as readonly number[]).forEach((n, i) => {
    tiff.writeUInt32LE(n, (at as number) + i * 8); tiff.writeUInt32LE(i === 2 ? 100 : 1, (at as number) + i * 8 + 4);
  }));
  return Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
}

const xmp = '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="46,13.576N" exif:GPSLongitude="6,8.351E"/></x:xmpmeta>';

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

function pngChunk(type: string, body: Buffer): Buffer {
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
