// Pictures inside DOCX and ODT, by what their bytes say they are. Each format is either cleaned or replaced:
// - JPEG, PNG, WebP (strip-image.ts) and GIF (strip-gif.ts) are rewritten by allow-list: their structure is simple
//   enough to keep every block that draws and nothing else.
// - Everything else is replaced by a small grey placeholder, because we cannot rewrite it safely: TIFF and camera raw
//   files are IFD trees where EXIF, GPS and maker notes sit beside the pixels, and keeping pointers valid while
//   removing tags is a decoder's job; HEIF/HEIC/AVIF keep EXIF and XMP as items of an ISO-BMFF box tree; EMF and WMF
//   are records of drawing calls that can embed other pictures, comments and private escapes; SVG can carry
//   <metadata>, scripts and references to other files; a BMP's V5 header can name a colour profile by its path on the
//   author's computer; JPEG 2000, JPEG XL, JPEG XR, PSD and StarView metafiles each have their own boxes or
//   resources; and bytes we do not recognise could be anything.
// Audio and video cannot be replaced by a still picture: a document holding them cannot be cleaned.
import { documentProblem, type DocumentProblem } from './document-problem.ts';
import { imageKindOf, stripImageMetadata } from './strip-image.ts';
import { stripGif } from './strip-gif.ts';

/** The formats a document's picture is replaced in (the others are cleaned), for whoever reports replacements. */
export const replacedPictureFormats = [
  'tiff', 'heif', 'bmp', 'emf', 'wmf', 'svg', 'jpeg2000', 'jpegxl', 'jpegxr', 'psd', 'svm', 'unrecognised',
] as const;
export type ReplacedPictureFormat = (typeof replacedPictureFormats)[number];
export type PictureFormat = 'jpeg' | 'png' | 'webp' | 'gif' | ReplacedPictureFormat;

export type PictureCleaning =
  | { ok: true; data: Buffer; replaced?: { format: ReplacedPictureFormat; mediaType: string } }
  | { ok: false; problem: DocumentProblem };

const startsWith = (data: Buffer, hex: string) => data.subarray(0, hex.length / 2).equals(Buffer.from(hex, 'hex'));
const ascii = (data: Buffer, from: number, to: number) => data.subarray(from, to).toString('latin1');

/** HEIF brands (HEIC, AVIF, image sequences, Canon's CR3) among an ISO-BMFF file's major and compatible brands. */
const imageBrands = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs', 'mif1', 'msf1', 'avif', 'avis', 'avci', 'crx ']);

function isoBrands(data: Buffer): string[] | undefined {
  if (ascii(data, 4, 8) !== 'ftyp') return undefined;
  const end = Math.min(data.readUInt32BE(0), data.length, 256);
  const brands = [ascii(data, 8, 12)];
  for (let at = 16; at + 4 <= end; at += 4) brands.push(ascii(data, at, at + 4));
  return brands;
}

/** Sound and moving pictures, by their own signatures: an MP4 or MOV, MP3, WAV or AVI, Ogg, FLAC, Matroska or WebM. */
export function isAudioOrVideo(data: Buffer): boolean {
  const brands = isoBrands(data);
  if (brands) return !brands.some((brand) => imageBrands.has(brand));
  return ascii(data, 0, 3) === 'ID3' || ascii(data, 0, 4) === 'OggS' || ascii(data, 0, 4) === 'fLaC' || startsWith(data, '1a45dfa3')
    || (ascii(data, 0, 4) === 'RIFF' && ['WAVE', 'AVI '].includes(ascii(data, 8, 12)));
}

function looksLikeSvg(data: Buffer): boolean {
  const head = data.subarray(0, 4096).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  // An XML declaration, comments and a doctype may come first; the root element must be <svg>.
  const root = head.replace(/^(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*/, '');
  return /^<(?:[A-Za-z_][\w.-]*:)?svg[\s>/]/.test(root);
}

/** The picture format the bytes announce, or undefined when they are not a picture we know. */
export function pictureFormatOf(data: Buffer): PictureFormat | undefined {
  const known = imageKindOf(data);
  if (known) return known;
  if (['GIF87a', 'GIF89a'].includes(ascii(data, 0, 6))) return 'gif';
  if (['49492a00', '4d4d002a', '49492b00', '4d4d002b'].some((magic) => startsWith(data, magic))) return 'tiff';
  if (startsWith(data, '4949bc')) return 'jpegxr';
  if (isoBrands(data)?.some((brand) => imageBrands.has(brand))) return 'heif';
  if (startsWith(data, '0000000c6a5020200d0a870a') || startsWith(data, 'ff4fff51')) return 'jpeg2000';
  if (startsWith(data, '0000000c4a584c200d0a870a')) return 'jpegxl'; // the container: a bare codestream's two bytes are too weak
  if (ascii(data, 0, 2) === 'BM' && data.length >= 18 && [12, 40, 52, 56, 64, 108, 124].includes(data.readUInt32LE(14))) return 'bmp';
  if (data.length >= 44 && data.readUInt32LE(0) === 1 && ascii(data, 40, 44) === ' EMF') return 'emf';
  if (startsWith(data, 'd7cdc69a') || /^0[12]000900000[13]$/.test(data.subarray(0, 6).toString('hex'))) return 'wmf';
  if (ascii(data, 0, 4) === '8BPS') return 'psd';
  if (ascii(data, 0, 6) === 'VCLMTF') return 'svm';
  if (looksLikeSvg(data)) return 'svg';
  return undefined;
}

/** Light grey, so a reader sees that a picture was there; the document's frame gives it its size. */
const grey = 'd0d0d0';

/**
 * One light grey pixel (8-bit greyscale, IHDR, IDAT, IEND and nothing else): PNG is a picture format both Word and
 * LibreOffice read in either kind of document.
 */
export const placeholderPng: Buffer = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGO4AAAA0gDR29kOtwAAAABJRU5ErkJggg==', 'base64');

/** An SVG stays an SVG: Word shows an SVG part through an extension that expects one (with a PNG fallback beside it). */
export const placeholderSvg: Buffer = Buffer.from(
  `<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1" viewBox="0 0 1 1"><rect width="1" height="1" fill="#${grey}"/></svg>`,
  'utf8',
);

const strippers: Record<Exclude<PictureFormat, ReplacedPictureFormat>, (data: Buffer) => Buffer | undefined> = {
  jpeg: stripImageMetadata, png: stripImageMetadata, webp: stripImageMetadata, gif: stripGif,
};
const isCleanable = (format: PictureFormat): format is keyof typeof strippers => format in strippers;

/** A picture's bytes cleaned by allow-list, or replaced by a placeholder (and which format was replaced). */
export function cleanPicture(data: Buffer): PictureCleaning {
  if (isAudioOrVideo(data)) return documentProblem('embedded-files');
  // Our own SVG placeholder, in a document cleaned before: nothing to replace, nothing to report again.
  if (data.equals(placeholderSvg)) return { ok: true, data };
  const format = pictureFormatOf(data) ?? 'unrecognised';
  if (isCleanable(format)) {
    const stripped = strippers[format](data);
    return stripped ? { ok: true, data: stripped } : documentProblem('malformed');
  }
  return format === 'svg'
    ? { ok: true, data: placeholderSvg, replaced: { format, mediaType: 'image/svg+xml' } }
    : { ok: true, data: placeholderPng, replaced: { format, mediaType: 'image/png' } };
}
