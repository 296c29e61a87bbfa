import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { crc32 } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { exifWithOrientation } from './exif-orientation.ts';
import { stripImageMetadata } from './strip-image.ts';
import {
  animatedWebpWithMetadata, cleanJpeg, cleanLosslessWebp, cleanPng, cleanWebp, gpsFingerprint, jpegSegment, jpegWithEverything,
  pngChunk, pngWithEverything, riffWebp, vp8x, webpChunk, webpImageChunk, webpWithMetadata,
} from './test-images.ts';

/** Words the metadata in test-images.ts carries, none of which a stripped copy may hold. */
const traces = ['Jane Doe', 'xmpmeta', 'c2pa', 'jumb', 'Photoshop', 'MPF', 'checkpoint', 'serial', 'http://ns.adobe.com'];

function assertNoTraces(data: Buffer) {
  for (const trace of traces) assert.ok(!data.includes(Buffer.from(trace, 'latin1')), `“${trace}” is left`);
  assert.ok(!data.includes(gpsFingerprint()), 'the GPS position is left');
}

function stripped(data: Buffer): Buffer {
  const copy = stripImageMetadata(data);
  assert.ok(copy, 'a cleaned copy');
  return copy;
}

/** The PNG's chunk types in order, checking every length and CRC and that nothing follows IEND. */
function pngChunks(data: Buffer): { type: string; body: Buffer }[] {
  const chunks = [];
  let at = 8;
  while (at < data.length) {
    const length = data.readUInt32BE(at);
    const type = data.subarray(at + 4, at + 8).toString('latin1');
    assert.equal(crc32(data.subarray(at + 4, at + 8 + length)), data.readUInt32BE(at + 8 + length), `${type}'s CRC`);
    chunks.push({ type, body: data.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  assert.equal(at, data.length);
  assert.equal(chunks.at(-1)?.type, 'IEND');
  return chunks;
}

/** The JPEG's markers up to the first scan, checking that each segment's length lands on the next marker. */
function jpegMarkers(data: Buffer): { marker: number; body: Buffer }[] {
  const segments = [];
  let at = 2;
  for (;;) {
    assert.equal(data[at], 0xff, `a marker at ${at}`);
    const marker = data[at + 1]!;
    const length = data.readUInt16BE(at + 2);
    segments.push({ marker, body: data.subarray(at + 4, at + 2 + length) });
    if (marker === 0xda) return segments;
    at += 2 + length;
  }
}

/** The WebP's chunks, checking the RIFF size and that the chunks fill it exactly. */
function webpChunks(data: Buffer): { type: string; body: Buffer }[] {
  assert.equal(data.readUInt32LE(4), data.length - 8, 'the RIFF size');
  const chunks = [];
  let at = 12;
  while (at < data.length) {
    const size = data.readUInt32LE(at + 4);
    chunks.push({ type: data.subarray(at, at + 4).toString('latin1'), body: data.subarray(at + 8, at + 8 + size) });
    at += 8 + size + (size % 2);
  }
  assert.equal(at, data.length);
  return chunks;
}

/** The picture as resvg decodes it (the decoder the charts already ship), drawn at its own size: RGBA pixels. */
function decoded(data: Buffer, mediaType: string, width: number, height: number): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:${mediaType};base64,${data.toString('base64')}"/></svg>`;
  const pixels = Buffer.from(new Resvg(svg).render().pixels);
  assert.ok(pixels.some((byte, i) => i % 4 === 3 && byte > 0), 'the decoder drew the picture');
  return pixels;
}

describe('stripImageMetadata for PNG', () => {
  it('keeps only the chunks that draw the picture, renames its colour profile, and decodes to the same pixels', () => {
    const original = pngWithEverything();
    const copy = stripped(original);
    const chunks = pngChunks(copy);
    assert.deepEqual(chunks.map((c) => c.type), ['IHDR', 'iCCP', 'sRGB', 'IDAT', 'IEND']);
    assert.ok(chunks[1]!.body.subarray(0, 12).equals(Buffer.from('ICC profile\0', 'latin1')), 'a neutral profile name');
    assertNoTraces(copy);
    assert.ok(decoded(copy, 'image/png', 8, 6).equals(decoded(cleanPng(), 'image/png', 8, 6)));
  });

  it('keeps transparency and colour chunks, and leaves a clean PNG as it was', () => {
    const clean = cleanPng();
    assert.ok(stripped(clean).equals(clean));
    const withColour = Buffer.concat([clean.subarray(0, 33), pngChunk('gAMA', Buffer.from([0, 0, 0xb1, 0x8f])), pngChunk('cHRM', Buffer.alloc(32, 1)), clean.subarray(33)]);
    assert.ok(stripped(withColour).equals(withColour));
  });

  it('refuses an unknown critical chunk, a file not opening with IHDR, a bad CRC and a file without image data', () => {
    const clean = cleanPng();
    const withCritical = Buffer.concat([clean.subarray(0, 33), pngChunk('QRST', Buffer.from('?')), clean.subarray(33)]);
    assert.equal(stripImageMetadata(withCritical), undefined);
    assert.equal(stripImageMetadata(Buffer.concat([clean.subarray(0, 8), pngChunk('sRGB', Buffer.from([0])), clean.subarray(8)])), undefined);
    const badCrc = Buffer.from(clean);
    badCrc[30] = badCrc[30]! ^ 0xff;
    assert.equal(stripImageMetadata(badCrc), undefined);
    assert.equal(stripImageMetadata(Buffer.concat([clean.subarray(0, 33), pngChunk('IEND', Buffer.alloc(0))])), undefined);
  });
});

describe('stripImageMetadata for JPEG', () => {
  it('keeps only the decoding segments, JFIF without its thumbnail and the orientation alone, and decodes the same', () => {
    const original = jpegWithEverything();
    const copy = stripped(original);
    const segments = jpegMarkers(copy);
    assert.deepEqual(segments.map((s) => s.marker.toString(16)), ['e0', 'e1', 'db', 'c0', 'c4', 'da']);
    assert.equal(segments[0]!.body.length, 14, 'JFIF with no thumbnail');
    assert.deepEqual([...segments[0]!.body.subarray(12)], [0, 0]);
    assert.ok(segments[1]!.body.equals(exifWithOrientation(6)), 'an EXIF holding the orientation only');
    assert.ok(copy.subarray(-2).equals(Buffer.from([0xff, 0xd9])), 'nothing after the end of the image');
    assertNoTraces(copy);
    assert.ok(decoded(copy, 'image/jpeg', 16, 12).equals(decoded(original, 'image/jpeg', 16, 12)));
    assert.ok(stripped(cleanJpeg()).equals(cleanJpeg()), 'a clean JPEG stays as it was');
  });

  it('keeps the ICC profile and the Adobe colour transform, and drops reserved extension segments', () => {
    const clean = cleanJpeg();
    const afterJfif = 4 + clean.readUInt16BE(4);
    const colour = [jpegSegment(0xe2, Buffer.from('ICC_PROFILE\0\x01\x01profile', 'latin1')), jpegSegment(0xee, Buffer.from('Adobe\0\x64\0\0\0\0\x01', 'latin1'))];
    const withColour = Buffer.concat([clean.subarray(0, afterJfif), ...colour, jpegSegment(0xf1, Buffer.from('Jane Doe')), clean.subarray(afterJfif)]);
    assert.ok(stripped(withColour).equals(Buffer.concat([clean.subarray(0, afterJfif), ...colour, clean.subarray(afterJfif)])));
  });

  it('refuses a JPEG cut short or with a segment overrunning the file', () => {
    assert.equal(stripImageMetadata(cleanJpeg().subarray(0, 200)), undefined);
    const overrun = Buffer.from(cleanJpeg());
    overrun.writeUInt16BE(0xfff0, 4);
    assert.equal(stripImageMetadata(overrun), undefined);
  });
});

describe('stripImageMetadata for WebP', () => {
  it('drops EXIF, XMP and unknown chunks, clears their flags and keeps alpha and image', () => {
    const copy = stripped(webpWithMetadata());
    const chunks = webpChunks(copy);
    assert.deepEqual(chunks.map((c) => c.type), ['VP8X', 'ALPH', 'VP8 ']);
    assert.equal(chunks[0]!.body[0], 0x10, 'alpha announced; EXIF and XMP no longer');
    assert.ok(chunks[2]!.body.equals(webpImageChunk().subarray(8)), 'the image data untouched');
    assertNoTraces(copy);
  });

  it('cleans inside animation frames too', () => {
    const copy = stripped(animatedWebpWithMetadata());
    const chunks = webpChunks(copy);
    assert.deepEqual(chunks.map((c) => c.type), ['VP8X', 'ANIM', 'ANMF']);
    assert.equal(chunks[0]!.body[0], 0x02);
    const frame = chunks[2]!.body;
    assert.ok(frame.subarray(16).equals(webpImageChunk()), 'the frame keeps its header and image, nothing else');
    assertNoTraces(copy);
  });

  it('leaves simple lossy and lossless files as they were, and refuses broken or empty ones', () => {
    for (const clean of [cleanWebp(), cleanLosslessWebp()]) assert.ok(stripped(clean).equals(clean));
    assert.equal(stripImageMetadata(cleanWebp().subarray(0, 40)), undefined, 'cut short');
    assert.equal(stripImageMetadata(riffWebp([vp8x(0x08), webpChunk('EXIF', Buffer.from('Jane Doe'))])), undefined, 'no image');
    assert.equal(stripImageMetadata(riffWebp([webpImageChunk(), vp8x(0)])), undefined, 'extended header not first');
  });
});
