// The terminal side of `npm run import-mail -- --call <call> <path>`: reads the arguments, shows a progress bar
// on stderr (only when it is a terminal, so logs stay clean), and prints the import's report. Returns the exit code.
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import type { AppDeps } from '../../deps.ts';
import { importMailbox } from './import-mailbox.ts';
import { listItems } from './mail-import.repository.ts';

const usage = `Usage: npm run import-mail -- [--call <call id, address or reference code>] <mbox file | Maildir folder | folder of .eml files>
Without --call, each message goes to the call its subject line or recipient address names; the others wait in the
"to sort" list of the staff pages. Running the same command again continues an interrupted import.`;

export async function importMailboxCommand(deps: Pick<AppDeps, 'db' | 'clock' | 'config'>, args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { call: { type: 'string' } }, allowPositionals: true });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n${usage}`);
    return 2;
  }
  const [mailboxPath] = parsed.positionals;
  if (!mailboxPath || parsed.positionals.length > 1) {
    console.error(usage);
    return 2;
  }
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar({ format: '{bar} {value}/{total} messages · {imported} imported, {duplicate} duplicates, {toSort} to sort, {failed} failed', stream: process.stderr }, cliProgress.Presets.shades_classic)
    : null;
  let started = false;
  const result = await importMailbox(deps, { callName: parsed.values.call ?? null, mailboxPath }, {
    onProgress: (progress) => {
      const counts = { imported: progress.outcomes.imported, duplicate: progress.outcomes.duplicate, toSort: progress.outcomes['to-sort'], failed: progress.outcomes.failed };
      if (!bar) return;
      if (!started) bar.start(progress.total, progress.processed, counts);
      started = true;
      bar.update(progress.processed, counts);
    },
  });
  bar?.stop();
  if (result.kind === 'unknown-call') {
    console.error(`No call is named "${parsed.values.call}" (give its id, its address as in /calls/<address>, or its reference code).`);
    return 2;
  }
  const items = await listItems(deps.db, result.importId);
  const count = (outcome: string) => items.filter((item) => item.outcome === outcome).length;
  console.log(`${result.resumed ? 'Resumed' : 'Imported'} ${items.length} messages: ${count('imported')} imported, ${count('duplicate')} duplicates, ` +
    `${count('to-sort')} to sort, ${count('failed')} failed.`);
  for (const item of items.filter((i) => i.problems.length)) {
    console.log(`  message ${item.position}: ${item.outcome}${item.reference ? ` as ${item.reference}` : ''} (${item.problems.join(', ')})`);
  }
  return count('failed') ? 1 : 0;
}
