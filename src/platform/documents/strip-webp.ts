// A WebP copy that keeps only the chunks needed to show the picture, by allow-list: EXIF, XMP and any chunk we do
// not know (C2PA's among them) are dropped, inside animation frames too, and the extended header's flags stop
// announcing them. Nothing after the RIFF container's declared end is kept.

/** Chunk types kept at the top level: the extended header, the colour profile (a profile names a colour space, not a
 * person or a place), animation settings and frames, and the image itself (alpha, lossy, lossless). */
const keptChunks = new Set(['VP8X', 'ICCP', 'ANIM', 'ANMF', 'ALPH', 'VP8 ', 'VP8L']);
/** What an animation frame may hold after its 16-byte header. */
const keptFrameChunks = new Set(['ALPH', 'VP8 ', 'VP8L']);
const imageChunks = new Set(['VP8 ', 'VP8L', 'ANMF']);

/** VP8X flag bits for the EXIF and XMP chunks, cleared since those chunks go. */
const exifFlag = 0x08;
const xmpFlag = 0x04;

interface Chunk { type: string; body: Buffer }

/** The chunks of a RIFF payload, or undefined when one overruns it. Bodies are padded to an even length. */
function readChunks(data: Buffer): Chunk[] | undefined {
  const chunks: Chunk[] = [];
  let at = 0;
  while (at < data.length) {
    if (at + 8 > data.length) return undefined;
    const size = data.readUInt32LE(at + 4);
    const end = at + 8 + size;
    if (end > data.length) return undefined;
    chunks.push({ type: data.subarray(at, at + 4).toString('latin1'), body: data.subarray(at + 8, end) });
    at = end + (size % 2);
  }
  return chunks;
}

function writeChunk({ type, body }: Chunk): Buffer {
  const head = Buffer.alloc(8);
  head.write(type, 0, 'latin1');
  head.writeUInt32LE(body.length, 4);
  return Buffer.concat([head, body, Buffer.alloc(body.length % 2)]);
}

function cleanFrame(body: Buffer): Chunk | undefined {
  if (body.length < 16) return undefined;
  const inner = readChunks(body.subarray(16));
  if (!inner) return undefined;
  const kept = inner.filter((c) => keptFrameChunks.has(c.type));
  if (!kept.some((c) => c.type !== 'ALPH')) return undefined;
  return { type: 'ANMF', body: Buffer.concat([body.subarray(0, 16), ...kept.map(writeChunk)]) };
}

/** A copy without metadata, or undefined when the file is not a well-formed WebP. */
export function stripWebp(data: Buffer): Buffer | undefined {
  if (data.length < 12 || data.subarray(0, 4).toString('latin1') !== 'RIFF' || data.subarray(8, 12).toString('latin1') !== 'WEBP') return undefined;
  const riffEnd = 8 + data.readUInt32LE(4);
  if (riffEnd > data.length) return undefined;
  const chunks = readChunks(data.subarray(12, riffEnd));
  if (!chunks?.length) return undefined;
  const kept: Chunk[] = [];
  for (const found of chunks) {
    if (!keptChunks.has(found.type)) continue;
    if (found.type === 'ANMF') {
      const frame = cleanFrame(found.body);
      if (!frame) return undefined;
      kept.push(frame);
    } else if (found.type === 'VP8X') {
      if (found.body.length < 10 || found !== chunks[0]) return undefined; // the extended header comes first
      const body = Buffer.from(found.body);
      body[0] = body[0]! & ~(exifFlag | xmpFlag);
      kept.push({ type: 'VP8X', body });
    } else kept.push(found);
  }
  if (!kept.some((c) => imageChunks.has(c.type))) return undefined;
  const payload = Buffer.concat([Buffer.from('WEBP', 'latin1'), ...kept.map(writeChunk)]);
  const head = Buffer.alloc(8);
  head.write('RIFF', 0, 'latin1');
  head.writeUInt32LE(payload.length, 4);
  return Buffer.concat([head, payload]);
}
