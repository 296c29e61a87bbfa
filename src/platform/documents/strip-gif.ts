// A GIF copy that keeps only what draws the picture, by allow-list: the header, the logical screen descriptor, the
// global and local colour tables, each image (descriptor and LZW data), the graphic control extension that times
// and makes transparent the image after it, and the looping count of an animation. Comment extensions (free text,
// often the editor or the author), plain text extensions (text drawn on top, which almost no viewer draws),
// application extensions (XMP, ICC profiles, editors' private data) and anything after the trailer go, because they
// are not on the list. GIF has no EXIF, so this is safe to rewrite; every block's length is checked on the way.

/** The NETSCAPE2.0 block every browser reads for looping; ANIMEXTS1.0 is the same block under another name. */
const loopingApplications = new Set(['NETSCAPE2.0', 'ANIMEXTS1.0']);

const extensionIntroducer = 0x21;
const imageSeparator = 0x2c;
const trailer = 0x3b;
const graphicControlLabel = 0xf9;
const plainTextLabel = 0x01;
const applicationLabel = 0xff;

/** A colour table follows a descriptor whose packed byte has its top bit set: 2^(n+1) RGB triplets. */
export function gifColourTableBytes(packed: number): number {
  return packed & 0x80 ? 3 * (1 << ((packed & 0x07) + 1)) : 0;
}

/** Where a run of data sub-blocks (size byte, bytes, …, 0) starting at `at` ends, or undefined when it is cut short. */
export function gifSubBlocksEnd(data: Buffer, at: number): number | undefined {
  while (at < data.length) {
    const size = data[at]!;
    at += 1 + size;
    if (size === 0) return at;
  }
  return undefined;
}

/** The loop count an application extension's sub-blocks carry, when it is the looping block. */
function loopCountOf(blocks: Buffer): number | undefined {
  if (blocks[0] !== 11 || !loopingApplications.has(blocks.subarray(1, 12).toString('latin1'))) return undefined;
  // Data sub-block 1 is the loop count (0 = forever); others (NETSCAPE's buffering hint) are not needed.
  if (blocks[12] !== 3 || blocks[13] !== 1 || blocks.length < 17) return undefined;
  return blocks.readUInt16LE(14);
}

function loopingBlock(count: number): Buffer {
  const block = Buffer.from([extensionIntroducer, applicationLabel, 11, ...Buffer.from('NETSCAPE2.0', 'latin1'), 3, 1, 0, 0, 0]);
  block.writeUInt16LE(count, 16);
  return block;
}

/** A copy without metadata, or undefined when the file is not a well-formed GIF holding at least one image. */
export function stripGif(data: Buffer): Buffer | undefined {
  const version = data.subarray(0, 6).toString('latin1');
  if ((version !== 'GIF87a' && version !== 'GIF89a') || data.length < 13) return undefined;
  let at = 13 + gifColourTableBytes(data[10]!);
  if (at > data.length) return undefined;
  const kept: Buffer[] = [data.subarray(0, at)];
  let images = 0;
  let looping = false;
  // A graphic control extension applies to the next image or plain text; it is held until we know which.
  let pendingControl: Buffer | undefined;
  while (at < data.length && data[at] !== trailer) {
    const introducer = data[at];
    if (introducer === imageSeparator) {
      const tableEnd = at + 10 + gifColourTableBytes(data[at + 9] ?? 0);
      const minimumCodeSize = data[tableEnd];
      if (minimumCodeSize === undefined || minimumCodeSize < 1 || minimumCodeSize > 11) return undefined;
      const end = gifSubBlocksEnd(data, tableEnd + 1);
      if (end === undefined) return undefined;
      if (pendingControl) kept.push(pendingControl);
      kept.push(data.subarray(at, end));
      pendingControl = undefined;
      images += 1;
      at = end;
    } else if (introducer === extensionIntroducer) {
      const label = data[at + 1];
      const end = gifSubBlocksEnd(data, at + 2);
      if (label === undefined || end === undefined) return undefined;
      if (label === graphicControlLabel) {
        if (data[at + 2] !== 4 || end !== at + 8) return undefined;
        pendingControl = data.subarray(at, end);
      } else if (label === plainTextLabel) {
        pendingControl = undefined; // its timing belonged to the text, not to the next image
      } else if (label === applicationLabel && !looping) {
        const count = loopCountOf(data.subarray(at + 2, end));
        if (count !== undefined) {
          kept.push(loopingBlock(count));
          looping = true;
        }
      }
      at = end;
    } else {
      return undefined;
    }
  }
  // A missing trailer is tolerated, as every browser does; what follows a trailer is never kept.
  return images > 0 ? Buffer.concat([...kept, Buffer.from([trailer])]) : undefined;
}
