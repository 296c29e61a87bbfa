// Decides which uploaded pictures an initiative keeps: JPEG or PNG by their CONTENT (file-type), never by their name,
// within the size and count limits, each with a description for people who cannot see it. Metadata (EXIF with GPS
// position, XMP, text chunks) is stripped HERE, before anything is stored: only the stripped copy leaves this file.
import { fileTypeFromBuffer } from 'file-type';
import { imageKindOf, stripImageMetadata } from '../../platform/documents/index.ts';
import type { FieldErrors } from '../../views/form.tsx';
import type { FormBody } from '../submissions/index.ts';
import { imageDimensions } from './image-dimensions.ts';
import { imageAltField, imageField } from './initiative-form.ts';
import { initiativeLimits, type InitiativeImage } from './initiative.ts';

export interface AcceptedImage {
  mediaType: InitiativeImage['mediaType'];
  /** Without metadata. */
  data: Buffer;
  width: number;
  height: number;
  alt: string;
}

const mediaTypes = { jpg: 'image/jpeg', png: 'image/png' } as const;

type Refusal = { key: string; values?: Record<string, string | number> };

async function checkOne(data: Buffer, truncated: boolean): Promise<Omit<AcceptedImage, 'alt'> | Refusal> {
  const maxMegabytes = initiativeLimits.imageMaxBytes / (1024 * 1024);
  if (truncated || data.length > initiativeLimits.imageMaxBytes) return { key: 'initiatives.error.image-too-large', values: { max: maxMegabytes } };
  const detected = await fileTypeFromBuffer(data);
  if (!detected || !(detected.ext in mediaTypes)) return { key: 'initiatives.error.image-type' };
  const stripped = stripImageMetadata(data);
  const kind = stripped && imageKindOf(stripped);
  const size = stripped && kind && imageDimensions(stripped, kind);
  if (!stripped || !size) return { key: 'initiatives.error.image-damaged' };
  if (Math.max(size.width, size.height) > initiativeLimits.imageMaxSide) return { key: 'initiatives.error.image-too-wide', values: { max: initiativeLimits.imageMaxSide } };
  return { mediaType: mediaTypes[detected.ext as keyof typeof mediaTypes], data: stripped, ...size };
}

/**
 * Checks the new-picture slots of a form. `room` is how many pictures may still be added. A slot with a description
 * but no file is an error too: the description would otherwise be dropped without a word.
 */
export async function checkImages(body: FormBody, room: number): Promise<{ accepted: AcceptedImage[]; errors: FieldErrors }> {
  const accepted: AcceptedImage[] = [];
  const errors: FieldErrors = {};
  for (let slot = 1; slot <= initiativeLimits.maxImages; slot++) {
    const file = body.files.find((f) => f.field === imageField(slot));
    const alt = body.one(imageAltField(slot)).trim();
    const filename = file?.filename.split(/[\\/]/).pop() ?? '';
    if (!file) {
      if (alt) errors[imageField(slot)] = { key: 'initiatives.error.image-missing' };
      continue;
    }
    if (accepted.length >= room) {
      errors[imageField(slot)] = { key: 'initiatives.error.image-too-many', values: { max: initiativeLimits.maxImages } };
      continue;
    }
    const checked = await checkOne(file.data, file.truncated);
    if ('key' in checked) {
      errors[imageField(slot)] = { key: checked.key, values: { filename, ...checked.values } };
      continue;
    }
    if (!alt) errors[imageAltField(slot)] = { key: 'initiatives.error.alt-required' };
    else if (alt.length > initiativeLimits.altMaxChars) errors[imageAltField(slot)] = { key: 'initiatives.error.alt-too-long', values: { max: initiativeLimits.altMaxChars } };
    else accepted.push({ ...checked, alt });
  }
  return { accepted, errors };
}
