// Runs an import over a source of messages, one message at a time, resuming where an interrupted run stopped:
// messages this import already recorded are skipped by their place in the source, and any message imported before
// by another import is recognised by its fingerprints. Progress is in the database after every message, so a page
// or another instance can follow it.
import { dayOf } from '../../platform/clock.ts';
import { keyedHash } from './fingerprints.ts';
import { importMessage, type ImportSession } from './import-message.ts';
import { finishImport, listItemKeyHashes, setImportTotal } from './mail-import.repository.ts';
import type { ImportOutcome } from './mail-import.ts';
import type { RawMessage } from './mailbox/index.ts';

export interface MessageSource {
  count(): Promise<number>;
  messages(): AsyncIterable<RawMessage>;
}

export interface ImportProgress {
  total: number;
  processed: number;
  outcomes: Record<ImportOutcome, number>;
  /** Messages with at least one problem, whatever their outcome. */
  withProblems: number;
}

export interface RunOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** Asked before each message: a worker losing its lease, a test interrupting the run. */
  shouldStop?: () => boolean | Promise<boolean>;
}

export async function runImport(session: ImportSession, source: MessageSource, options: RunOptions = {}): Promise<ImportProgress | 'stopped'> {
  const { db, clock, config } = session.deps;
  const total = await source.count();
  await setImportTotal(db, session.importId, total);
  const done = await listItemKeyHashes(db, session.importId);
  const progress: ImportProgress = { total, processed: done.size, outcomes: { imported: 0, duplicate: 0, 'to-sort': 0, failed: 0 }, withProblems: 0 };
  options.onProgress?.(progress);
  let position = 0;
  for await (const message of source.messages()) {
    position += 1;
    if (done.has(keyedHash(config.sessionSecret, 'item', message.key))) continue;
    if (await options.shouldStop?.()) return 'stopped';
    const result = await importMessage(session, message.key, message.raw, position);
    progress.processed += 1;
    progress.outcomes[result.outcome] += 1;
    if (result.problems.length) progress.withProblems += 1;
    options.onProgress?.(progress);
  }
  await finishImport(db, session.importId, 'done', dayOf(clock.now()));
  return progress;
}
