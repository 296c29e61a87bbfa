// SQL for an initiative's pictures. Only copies whose metadata was stripped ever reach these functions; pages read
// the descriptions (alt, size) and the image route alone reads the bytes.
import type { Db, Transaction } from '../../db/database.ts';
import type { InitiativeImage } from './initiative.ts';
import type { InitiativeImagesTable } from './initiatives.table.ts';

type Executor = Db | Transaction;

function toImage(row: Omit<InitiativeImagesTable, 'data'>): InitiativeImage {
  return {
    id: row.id, initiativeId: row.initiative_id, position: row.position, mediaType: row.media_type as InitiativeImage['mediaType'],
    width: row.width, height: row.height, alt: row.alt, byteSize: row.byte_size,
  };
}

export async function insertImage(db: Executor, image: InitiativeImage, data: Buffer): Promise<void> {
  await db.insertInto('initiative_images').values({
    id: image.id, initiative_id: image.initiativeId, position: image.position, media_type: image.mediaType,
    width: image.width, height: image.height, alt: image.alt, byte_size: image.byteSize, data,
  }).execute();
}

/** The pictures of these initiatives, in their order, without the bytes. */
export async function listImages(db: Executor, initiativeIds: readonly string[]): Promise<InitiativeImage[]> {
  if (!initiativeIds.length) return [];
  const rows = await db.selectFrom('initiative_images')
    .select(['id', 'initiative_id', 'position', 'media_type', 'width', 'height', 'alt', 'byte_size'])
    .where('initiative_id', 'in', initiativeIds).orderBy('position').orderBy('id').execute();
  return rows.map(toImage);
}

export async function findImageData(db: Executor, initiativeId: string, imageId: string): Promise<{ image: InitiativeImage; data: Buffer } | undefined> {
  const row = await db.selectFrom('initiative_images').selectAll().where('id', '=', imageId).where('initiative_id', '=', initiativeId).executeTakeFirst();
  return row && { image: toImage(row), data: Buffer.from(row.data) };
}

export async function updateImage(db: Executor, imageId: string, changes: { alt: string; position: number }): Promise<void> {
  await db.updateTable('initiative_images').set({ alt: changes.alt, position: changes.position }).where('id', '=', imageId).execute();
}

export async function deleteImages(db: Executor, initiativeId: string, imageIds?: readonly string[]): Promise<void> {
  let query = db.deleteFrom('initiative_images').where('initiative_id', '=', initiativeId);
  if (imageIds) {
    if (!imageIds.length) return;
    query = query.where('id', 'in', imageIds);
  }
  await query.execute();
}
