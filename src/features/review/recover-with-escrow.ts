// The recovery path when nobody who holds an input's key can open it any more: on an offline computer with a copy of
// the database, the mandate's escrow private key opens the content keys sealed to it, and each input is written out
// as plain files (its content as JSON, its conversation as text, its attachments) for the mandate to handle by hand.
import type { KeyObject } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../../db/database.ts';
import { listConversation } from '../follow-up/index.ts';
import {
  cipherFromHolderBox, escrowHolder, findKeyBoxes, findSubmittedStoredInput, openStoredInput, readInputFile,
} from '../submissions/index.ts';
import { findInputIdsByReference } from './review.repository.ts';

export type RecoveryOutcome = { kind: 'not-found' } | { kind: 'not-sealed-to-escrow' } | { kind: 'recovered'; files: string[] };

export async function recoverWithEscrow(db: Db, escrowKey: KeyObject, reference: string, outDir: string): Promise<RecoveryOutcome> {
  const [id] = await findInputIdsByReference(db, reference);
  const stored = id ? await findSubmittedStoredInput(db, id) : undefined;
  if (!stored) return { kind: 'not-found' };
  const box = (await findKeyBoxes(db, escrowHolder, [stored.id])).get(stored.id);
  if (!box) return { kind: 'not-sealed-to-escrow' };
  const cipher = cipherFromHolderBox(stored.id, box, escrowKey);
  const input = openStoredInput(stored, cipher);
  const folder = path.join(outDir, reference.replace(/[^A-Za-z0-9-]/g, '_'));
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const written: string[] = [];
  const write = (name: string, data: string | Buffer) => {
    const target = path.join(folder, name);
    writeFileSync(target, data, { mode: 0o600, flag: 'wx' });
    written.push(target);
  };
  write('input.json', JSON.stringify(input, null, 2));
  const conversation = await listConversation(db, cipher);
  write('conversation.txt', conversation.map((e) => `#${e.position} ${e.createdOn} ${e.author}${e.staffName ? ` (${e.staffName})` : ''} ${e.kind}: ${e.content}`).join('\n'));
  for (const [index, info] of input.attachments.entries()) {
    const file = await readInputFile(db, cipher, info.id);
    // Names as sent, made safe for a file system, numbered so two files of the same name both survive.
    if (file) write(`${index + 1}-${path.basename(file.filename).replace(/[^\p{L}\p{N}._ -]/gu, '_')}`, file.data);
  }
  return { kind: 'recovered', files: written };
}
