import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Resvg } from '@resvg/resvg-js';
import { stripGif } from './strip-gif.ts';
import { cleanGif, gifBlocks, gifPalette, gifPixels, gifWithMetadata } from './test-embedded-pictures.ts';

/** The pixels a real decoder (resvg's, through an <image>) draws, as RGBA bytes. */
function decoded(gif: Buffer): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4" height="2"><image width="4" height="2" href="data:image/gif;base64,${gif.toString('base64')}"/></svg>`;
  return Buffer.from(new Resvg(svg).render().pixels);
}

function stripped(data: Buffer): Buffer {
  const copy = stripGif(data);
  assert.ok(copy, 'a cleaned copy');
  return copy;
}

describe('stripGif', () => {
  it('keeps a GIF without metadata byte for byte, and the test GIF is one a decoder draws', () => {
    assert.ok(stripped(cleanGif()).equals(cleanGif()));
    const expected = Buffer.from(gifPixels.flatMap((index) => [...gifPalette[index]!, 255]));
    assert.ok(decoded(cleanGif()).equals(expected), 'red, green, blue, white, then the reverse');
  });

  it('drops comments, XMP, ICC, drawn text, unknown extensions and what follows the end, and keeps looping and timing', () => {
    const original = gifWithMetadata();
    assert.ok(original.includes(Buffer.from('Jane Doe')));
    const copy = stripped(original);
    for (const trace of ['Jane Doe', 'xmpmeta', 'XMP Data', 'ICCRGBG1', 'Geneva']) assert.ok(!copy.includes(Buffer.from(trace)), `“${trace}” is left`);
    const blocks = gifBlocks(copy);
    assert.deepEqual(blocks.map((b) => b.kind), ['application', 'graphic-control', 'image']);
    assert.ok(blocks[0]!.bytes.equals(Buffer.from('21ff0b4e45545343415045322e300301000000', 'hex')), 'NETSCAPE2.0, loop forever, nothing else');
    assert.equal(blocks[1]!.bytes[4], 10, "the image's own delay, not the caption's");
    assert.ok(decoded(copy).equals(decoded(cleanGif())), 'the same pixels');
  });

  it('keeps the loop count an animation asks for, and a GIF87a', () => {
    const looping = cleanGif();
    const withLoop = Buffer.concat([looping.subarray(0, 25), Buffer.from('21ff0b414e494d45585453312e300301050000', 'hex'), looping.subarray(25)]);
    assert.equal(gifBlocks(stripped(withLoop))[0]!.bytes.readUInt16LE(16), 5, 'ANIMEXTS1.0 read as NETSCAPE2.0');
    const old = Buffer.concat([Buffer.from('GIF87a'), cleanGif().subarray(6)]);
    assert.ok(stripped(old).equals(old));
  });

  it('adds a missing trailer, and refuses what is not a whole GIF with a picture', () => {
    const clean = cleanGif();
    assert.ok(stripped(clean.subarray(0, -1)).equals(clean), 'trailer added');
    assert.equal(stripGif(Buffer.from('GIF89a')), undefined, 'no screen descriptor');
    assert.equal(stripGif(clean.subarray(0, clean.length - 3)), undefined, 'image data cut short');
    assert.equal(stripGif(Buffer.concat([clean.subarray(0, 25), Buffer.from([0x3b])])), undefined, 'no image');
    assert.equal(stripGif(Buffer.concat([clean.subarray(0, 25), Buffer.from([0x42]), clean.subarray(25)])), undefined, 'an unknown block');
    assert.equal(stripGif(Buffer.concat([clean.subarray(0, 25), Buffer.from('21f905000000000000', 'hex'), clean.subarray(33)])), undefined, 'a control block of the wrong size');
    assert.equal(stripGif(Buffer.from('PNG not a gif')), undefined);
  });
});
