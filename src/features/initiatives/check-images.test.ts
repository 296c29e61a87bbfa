import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stripImageMetadata } from '../../platform/documents/index.ts';
import {
  cleanLosslessWebp, cleanWebp, gpsFingerprint, jpegWithEverything, pngWithEverything, webpWithMetadata,
} from '../../platform/documents/test-images.ts';
import type { FormBody } from '../submissions/index.ts';
import { checkImages } from './check-images.ts';
import { imageDimensions } from './image-dimensions.ts';

/** A form with these files in the picture slots, each described. */
function formWith(files: Buffer[]): FormBody {
  const values = new Map(files.map((_, i) => [`image-${i + 1}-alt`, `Picture ${i + 1}`]));
  return {
    one: (name) => values.get(name) ?? '', many: (name) => (values.has(name) ? [values.get(name)!] : []), names: () => [...values.keys()],
    files: files.map((data, i) => ({ field: `image-${i + 1}`, filename: `upload-${i + 1}`, data, truncated: false })),
  };
}

describe('checkImages', () => {
  it('keeps stripped copies only, sized as a browser shows them', async () => {
    const { accepted, errors } = await checkImages(formWith([jpegWithEverything(), pngWithEverything()]), 4);
    assert.deepEqual(errors, {});
    assert.deepEqual(accepted.map(({ mediaType, width, height }) => ({ mediaType, width, height })), [
      { mediaType: 'image/jpeg', width: 12, height: 16 }, // a 16×12 frame the phone asks to turn a quarter
      { mediaType: 'image/png', width: 8, height: 6 },
    ]);
    for (const { data } of accepted) {
      for (const trace of ['Jane Doe', 'xmpmeta', 'c2pa', 'serial']) assert.ok(!data.includes(Buffer.from(trace)), `“${trace}” is left`);
      assert.ok(!data.includes(gpsFingerprint()), 'the GPS position is left');
    }
  });

  it('refuses WebP, which initiatives do not take, beside its field', async () => {
    const { accepted, errors } = await checkImages(formWith([webpWithMetadata()]), 4);
    assert.deepEqual(accepted, []);
    assert.equal(errors['image-1']?.key, 'initiatives.error.image-type');
  });
});

describe('imageDimensions', () => {
  it('reads a stripped WebP’s size from its extended, lossy or lossless header', () => {
    for (const webp of [webpWithMetadata(), cleanWebp(), cleanLosslessWebp()]) {
      assert.deepEqual(imageDimensions(stripImageMetadata(webp)!, 'webp'), { width: 16, height: 12 });
    }
  });
});
