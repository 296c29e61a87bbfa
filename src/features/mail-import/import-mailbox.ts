// `npm run import-mail -- --call <call> <path>`: imports a mailbox (mbox file, Maildir folder, folder of .eml
// files) from the server's disk. Running the same command again after an interruption continues the same import.
import path from 'node:path';
import type { AppDeps } from '../../deps.ts';
import { dayOf } from '../../platform/clock.ts';
import { newId } from '../../platform/tokens.ts';
import { findCallById, findCallBySlug, listCalls, type Call } from '../calls/index.ts';
import { candidateCalls } from './candidate-calls.ts';
import { keyedHash } from './fingerprints.ts';
import { ImportSession } from './import-message.ts';
import { findUnfinishedCommandImport, insertImport } from './mail-import.repository.ts';
import { readMailbox } from './mailbox/index.ts';
import { runImport, type ImportProgress, type RunOptions } from './run-import.ts';

type Deps = Pick<AppDeps, 'db' | 'clock' | 'config'>;

/** A call named by its id, its address (slug) or its reference code, as staff know it. */
export async function findCallNamed(deps: Deps, name: string): Promise<Call | undefined> {
  const byId = (await findCallById(deps.db, name)) ?? (await findCallBySlug(deps.db, name));
  if (byId) return byId;
  const wanted = name.trim().toUpperCase();
  return (await listCalls(deps.db)).find((call) => call.referenceCode.toUpperCase() === wanted);
}

export type MailboxImport =
  | { kind: 'unknown-call' }
  | { kind: 'done'; importId: string; resumed: boolean; progress: ImportProgress | 'stopped' };

export async function importMailbox(
  deps: Deps, options: { callName: string | null; mailboxPath: string }, run: RunOptions = {},
): Promise<MailboxImport> {
  const chosen = options.callName === null ? null : await findCallNamed(deps, options.callName);
  if (options.callName !== null && !chosen) return { kind: 'unknown-call' };
  const mailbox = readMailbox(options.mailboxPath);
  const sourceHash = keyedHash(deps.config.sessionSecret, 'source', path.resolve(options.mailboxPath));
  const unfinished = await findUnfinishedCommandImport(deps.db, sourceHash, chosen?.id ?? null);
  const importId = unfinished?.id ?? newId();
  if (!unfinished) {
    await insertImport(deps.db, {
      id: importId, callId: chosen?.id ?? null, origin: 'command', sourceHash, status: 'running', startedBy: null,
      day: dayOf(deps.clock.now()), uploadKeyBox: null,
    });
  }
  const calls = await candidateCalls(deps, chosen?.id ?? null);
  const session = new ImportSession(deps, importId, calls, chosen ? calls[0]! : null);
  const progress = await runImport(session, mailbox, run);
  return { kind: 'done', importId, resumed: unfinished !== undefined, progress };
}
