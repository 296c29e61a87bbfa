// One initiative with its pictures, as every page shows it.
import type { Db } from '../../db/database.ts';
import type { Initiative } from './initiative.ts';
import { listImages } from './initiative-images.repository.ts';
import { findInitiative } from './initiatives.repository.ts';

export async function loadInitiative(db: Db, id: string): Promise<Initiative | undefined> {
  const record = await findInitiative(db, id);
  return record && { ...record, images: await listImages(db, [id]) };
}
