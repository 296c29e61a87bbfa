// The inbox's name column: each row's submitter name, opened with the reader's own key boxes. A row whose input
// is not sealed to the reader (or whose key is not in memory) shows no name rather than failing the whole list.
import type { Db } from '../../db/database.ts';
import { cipherFromHolderBox, findKeyBoxes } from '../submissions/index.ts';
import type { Reader } from './open-input.ts';
import { findSealedContents } from './review.repository.ts';

/** Names by input id; an input the reader cannot open is absent. */
export async function submitterNamesFor(db: Db, reader: Reader, ids: readonly string[]): Promise<Map<string, string>> {
  const { privateKey } = reader;
  if (!privateKey || !ids.length) return new Map();
  const boxes = await findKeyBoxes(db, reader.id, ids);
  const contents = await findSealedContents(db, [...boxes.keys()]);
  const names = new Map<string, string>();
  for (const [id, box] of boxes) {
    const sealed = contents.get(id);
    if (sealed) names.set(id, cipherFromHolderBox(id, box, privateKey).openContent(sealed).submitter.name);
  }
  return names;
}
