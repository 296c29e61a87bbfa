// Seeds the HRC56 call for inputs and a demonstration call on first start. (Filled in by the calls work.)
import type { Db } from '../../../db/database.ts';

export async function seedCalls(_db: Db, _now: Date): Promise<{ created: number }> {
  return { created: 0 };
}
