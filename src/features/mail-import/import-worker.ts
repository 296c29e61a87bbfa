// Runs web imports in the background. Each app instance has one worker; a job is taken with a lease in the
// database, so with several instances on one PostgreSQL exactly one runs it, and if that instance stops, another
// takes the job over when the lease expires and continues it (run-import.ts skips what was already done).
import { randomUUID } from 'node:crypto';
import type { AppDeps } from '../../deps.ts';
import { dayOf } from '../../platform/clock.ts';
import { candidateCalls } from './candidate-calls.ts';
import { ImportSession } from './import-message.ts';
import { findImport, finishImport, listClaimableImports, takeLease } from './mail-import.repository.ts';
import { runImport } from './run-import.ts';
import { uploadedMessages } from './upload-import.ts';

type Deps = Pick<AppDeps, 'db' | 'clock' | 'config'>;

export interface ImportWorker {
  /** Look for work now (after an upload) rather than at the next poll. */
  wake(): void;
  /** Resolves once the current message is done; the job stays leased and resumes later. */
  stop(): Promise<void>;
  /** Resolves when no job is running or waiting (tests, and the command line). */
  idle(): Promise<void>;
}

const leaseMs = 60_000;

export function startImportWorker(deps: Deps, options: { pollMs: number; log?: (error: unknown) => void }): ImportWorker {
  const owner = randomUUID();
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  let again = false;

  const leaseUntil = () => new Date(deps.clock.now().getTime() + leaseMs).toISOString();

  async function runJob(id: string): Promise<void> {
    const record = await findImport(deps.db, id);
    if (!record) return;
    try {
      const calls = await candidateCalls(deps, record.callId);
      const session = new ImportSession(deps, id, calls, record.callId ? calls[0] ?? null : null);
      const messages = await uploadedMessages(deps, record);
      let renewedAt = Date.now();
      await runImport(session, { count: async () => messages.length, messages: async function* () { yield* messages; } }, {
        shouldStop: async () => {
          if (stopped) return true;
          if (Date.now() - renewedAt < leaseMs / 3) return false;
          renewedAt = Date.now();
          return !(await takeLease(deps.db, id, owner, deps.clock.now().toISOString(), leaseUntil()));
        },
      });
    } catch (error) {
      options.log?.(error);
      await finishImport(deps.db, id, 'failed', dayOf(deps.clock.now()));
    }
  }

  async function pass(): Promise<void> {
    do {
      again = false;
      for (const id of await listClaimableImports(deps.db, deps.clock.now().toISOString())) {
        if (stopped) return;
        if (await takeLease(deps.db, id, owner, deps.clock.now().toISOString(), leaseUntil())) await runJob(id);
      }
    } while (again && !stopped);
  }

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(() => {
      running = running.then(pass).catch((error: unknown) => options.log?.(error)).finally(schedule);
    }, options.pollMs);
    timer.unref();
  }

  schedule();
  return {
    wake() {
      if (stopped) return;
      again = true;
      running = running.then(pass).catch((error: unknown) => options.log?.(error));
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
    idle: () => running,
  };
}
