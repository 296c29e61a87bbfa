// The codebooks the platform ships, by the reference code of the call they were written for. Seeded at every start,
// like the calls themselves: a call gets its codebook as soon as it exists, and what staff changed is never touched.
import type { Db } from '../../db/database.ts';
import { listCalls } from '../calls/index.ts';
import { hrc56Codebook } from './codebook/index.ts';
import type { CodebookDefinition } from './codebook.ts';
import { seedCodebook } from './seed-codebook.ts';

const knownCodebooks: Record<string, CodebookDefinition> = { HRC56: hrc56Codebook };

/** How many codes were added, over every call with a shipped codebook. */
export async function seedKnownCodebooks(db: Db): Promise<number> {
  let added = 0;
  for (const call of await listCalls(db)) {
    const definition = knownCodebooks[call.referenceCode];
    if (definition) added += (await seedCodebook(db, call.id, definition)).codesAdded;
  }
  return added;
}
