// The one EXIF field a picture needs to look right: its orientation (phones store a portrait photo sideways and say
// "turn it"). Read from an untrusted EXIF block without following anything but IFD0, and written into a fresh block
// that holds nothing else, so the copy shows upright without keeping where, when or with what it was taken.

const exifHeader = Buffer.from('Exif\0\0', 'latin1');
const orientationTag = 0x0112;
const short = 3;

/** 2–8 from an APP1 EXIF body; undefined when absent, upright (1) or unreadable. */
export function orientationOf(app1: Buffer): number | undefined {
  if (!app1.subarray(0, 6).equals(exifHeader)) return undefined;
  const tiff = app1.subarray(6);
  if (tiff.length < 8) return undefined;
  const order = tiff.subarray(0, 2).toString('latin1');
  if (order !== 'II' && order !== 'MM') return undefined;
  const u16 = (at: number) => (order === 'II' ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (order === 'II' ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  if (u16(2) !== 42) return undefined;
  const ifd = u32(4);
  if (ifd + 2 > tiff.length) return undefined;
  const count = u16(ifd);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > tiff.length) return undefined;
    if (u16(entry) !== orientationTag) continue;
    const value = u16(entry + 8);
    return u16(entry + 2) === short && u32(entry + 4) === 1 && value >= 2 && value <= 8 ? value : undefined;
  }
  return undefined;
}

/** An APP1 EXIF body (big-endian TIFF) whose only entry is the orientation. */
export function exifWithOrientation(orientation: number): Buffer {
  const tiff = Buffer.alloc(26);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4); // IFD0 right after the header
  tiff.writeUInt16BE(1, 8); // one entry
  tiff.writeUInt16BE(orientationTag, 10);
  tiff.writeUInt16BE(short, 12);
  tiff.writeUInt32BE(1, 14);
  tiff.writeUInt16BE(orientation, 18); // a SHORT sits in the first two bytes of the value field
  tiff.writeUInt32BE(0, 22); // no next IFD
  return Buffer.concat([exifHeader, tiff]);
}
