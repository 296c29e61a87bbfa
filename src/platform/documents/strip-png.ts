// A PNG copy that keeps only the chunks needed to show the picture as its author saw it, by allow-list: text
// (tEXt, zTXt, iTXt), EXIF (eXIf), provenance (C2PA's caBX), times (tIME) and any chunk we do not know are dropped,
// because they are not on the list. Each kept chunk's CRC is checked first; nothing after IEND is kept.
import { crc32 } from 'node:zlib';

const signature = Buffer.from('89504e470d0a1a0a', 'hex');

/** Critical chunks: a decoder needs every one it meets, so a file with any other critical chunk is refused. */
const critical = new Set(['IHDR', 'PLTE', 'IDAT', 'IEND']);

/**
 * Ancillary chunks kept, each because the picture looks different without it:
 * - tRNS: transparency (without it, transparent parts turn black or white);
 * - gAMA, cHRM, sRGB, cICP: how to map the stored values to colours (plain numbers or one of a few named intents);
 * - iCCP: the colour profile, kept for the same reason, its free-text name replaced by a neutral one.
 * Not kept, although harmless to some: sBIT, bKGD, hIST, sPLT (browsers draw the same without them); pHYs (the pixel
 * density, which can tell the screen or scanner used: a 144 dpi screenshot comes from a high-density display);
 * mDCV, cLLI (the display an HDR picture was graded on); acTL, fcTL, fdAT (an animated PNG keeps its still default
 * picture; initiatives refuse animated PNGs anyway, as file-type calls them apng).
 */
const ancillaryKept = new Set(['tRNS', 'gAMA', 'cHRM', 'sRGB', 'cICP', 'iCCP']);

function chunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}

/** iCCP: profile name (1–79 bytes, chosen by whoever wrote the file), NUL, compression method, compressed profile. */
function neutralIccp(body: Buffer): Buffer | undefined {
  const nameEnd = body.subarray(0, 80).indexOf(0);
  if (nameEnd < 1) return undefined;
  return chunk('iCCP', Buffer.concat([Buffer.from('ICC profile\0', 'latin1'), body.subarray(nameEnd + 1)]));
}

/** A copy without metadata, or undefined when the file is not a well-formed PNG. */
export function stripPng(data: Buffer): Buffer | undefined {
  if (!data.subarray(0, 8).equals(signature)) return undefined;
  const kept: Buffer[] = [signature];
  let sawImageData = false;
  let at = 8;
  while (at + 12 <= data.length) {
    const length = data.readUInt32BE(at);
    const end = at + 12 + length;
    if (end > data.length) return undefined;
    const type = data.subarray(at + 4, at + 8).toString('latin1');
    const body = data.subarray(at + 8, at + 8 + length);
    if (crc32(data.subarray(at + 4, at + 8 + length)) !== data.readUInt32BE(at + 8 + length)) return undefined;
    if ((at === 8) !== (type === 'IHDR')) return undefined; // IHDR first, and only there
    const isCritical = (type.charCodeAt(0) & 0x20) === 0; // an upper-case first letter
    if (isCritical && !critical.has(type)) return undefined;
    if (type === 'iCCP') {
      const iccp = neutralIccp(body);
      if (!iccp) return undefined;
      kept.push(iccp);
    } else if (isCritical || ancillaryKept.has(type)) kept.push(data.subarray(at, end));
    if (type === 'IDAT') sawImageData = true;
    at = end;
    if (type === 'IEND') return sawImageData ? Buffer.concat(kept) : undefined;
  }
  return undefined;
}
