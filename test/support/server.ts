// Starts the real application as a child process, the way a person does (`node --import tsx src/main.ts serve`),
// on a free loopback port with a fresh data folder, so browser journeys exercise the real start-up: migrations,
// seeding, the printed one-time staff setup link, real SMTP, and the real listener.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Engine } from '../../src/db/database.ts';
import { createTestDatabase, type TestDatabase } from './engines.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface ServerOptions {
  /** SQLite (a file in the fresh data folder) or a fresh PostgreSQL database created for this server and dropped on stop. */
  engine?: Engine;
  /** SMTP_URL, e.g. from startTestSmtpServer(); without it the app writes mail to its log. */
  smtpUrl?: string;
  /** NODE_ENV for the child; 'test' by default (a random session secret, nothing written beside the data). */
  nodeEnv?: 'development' | 'test' | 'production';
  /** Extra environment variables (they win over the defaults above). */
  env?: Record<string, string>;
  /** How long start-up may take before giving up. */
  startTimeoutMs?: number;
}

export interface RunningServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash). */
  url: string;
  port: number;
  engine: Engine;
  dataDir: string;
  /** The PostgreSQL connection string when engine is postgres. */
  databaseUrl: string | undefined;
  /** The full one-time staff setup URL printed on first start; fails if none was printed. */
  setupUrl(timeoutMs?: number): Promise<string>;
  /** Waits until the child's stdout+stderr match, returning the match (for any other printed line a test needs). */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Everything the child printed so far (stdout and stderr interleaved). */
  output(): string;
  /** SIGTERM (then SIGKILL after 5 s), drop the PostgreSQL database, remove the data folder. */
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Settings the app reads (src/config.ts); removed from the inherited environment so the developer's own never leak in. */
const appVariables = ['NODE_ENV', 'HOST', 'PORT', 'BASE_URL', 'DATABASE_URL', 'DATA_DIR', 'SESSION_SECRET', 'SMTP_URL', 'MAIL_FROM', 'LOG_LEVEL', 'TRUST_PROXY', 'PROOF_OF_WORK_BITS', 'PROOF_OF_WORK_WAIT_MS', 'ESCROW_PUBLIC_KEY', 'RATE_LIMIT_MULTIPLIER', 'MEMBER_SESSION_HOURS'];

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const engine = options.engine ?? 'sqlite';
  const database: TestDatabase | undefined = engine === 'postgres' ? await createTestDatabase('postgres') : undefined;
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'isp-e2e-'));
  const cleanUp = async () => {
    await rm(dataDir, { recursive: true, force: true });
    if (database) await database.drop();
  };
  try {
    // A port picked then released can be taken by someone else before the child binds it: retry on EADDRINUSE.
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await launch(options, engine, dataDir, database, cleanUp);
      } catch (error) {
        if (attempt >= 3 || !/EADDRINUSE/.test((error as Error).message)) throw error;
      }
    }
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

async function launch(
  options: ServerOptions, engine: Engine, dataDir: string, database: TestDatabase | undefined, cleanUp: () => Promise<void>,
): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined && !appVariables.includes(key)) env[key] = value;
  Object.assign(env, {
    NODE_ENV: options.nodeEnv ?? 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    ...(options.smtpUrl ? { SMTP_URL: options.smtpUrl } : {}),
    ...(database?.url ? { DATABASE_URL: database.url } : {}),
    ...(options.nodeEnv === 'production' ? { SESSION_SECRET: 'e2e-session-secret-e2e-session-secret-0123' } : {}),
    ...options.env,
  });

  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'serve'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let printed = '';
  const listeners = new Set<() => void>();
  const onOutput = (chunk: Buffer) => {
    printed += chunk.toString('utf8');
    for (const listener of listeners) listener();
  };
  child.stdout!.on('data', onOutput);
  child.stderr!.on('data', onOutput);
  let exited: { code: number | null; signal: string | null } | undefined;
  const exit = new Promise<void>((resolve) => child.once('exit', (code, signal) => {
    exited = { code, signal };
    for (const listener of listeners) listener();
    resolve();
  }));
  // If the test process dies first, do not leave a server behind holding the port.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const waitForOutput = (pattern: RegExp, timeoutMs = 10_000) => new Promise<RegExpMatchArray>((resolve, reject) => {
    const check = () => {
      const match = printed.match(pattern);
      if (match) return finish(() => resolve(match));
      if (exited) return finish(() => reject(new Error(`The server exited (${exited!.signal ?? exited!.code}) before printing ${pattern}. It printed:\n${printed}`)));
    };
    const timer = setTimeout(() => finish(() => reject(new Error(`The server did not print ${pattern} within ${timeoutMs} ms. It printed:\n${printed}`))), timeoutMs);
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      listeners.delete(check);
      settle();
    };
    listeners.add(check);
    check();
  });

  const stop = async () => {
    process.removeListener('exit', killOnExit);
    if (!exited) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exit;
      clearTimeout(timer);
    }
    await cleanUp();
  };

  try {
    await waitForOutput(/Serving on \S+/, options.startTimeoutMs ?? 30_000);
    await waitUntilAnswering(url, 5000);
  } catch (error) {
    if (!exited) {
      child.kill('SIGKILL');
      await exit;
    }
    process.removeListener('exit', killOnExit);
    throw error;
  }

  return {
    url, port, engine, dataDir,
    databaseUrl: database?.url,
    async setupUrl(timeoutMs = 2000) {
      return (await waitForOutput(/https?:\/\/\S+\/staff\/setup\/\S+/, timeoutMs))[0];
    },
    waitForOutput,
    output: () => printed,
    stop,
  };
}

async function waitUntilAnswering(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      // Any HTTP answer (the 404 page included) means the listener is up.
      const response = await fetch(`${url}/.well-known/e2e-ready`, { signal: AbortSignal.timeout(1000) });
      await response.arrayBuffer();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`The server at ${url} did not answer within ${timeoutMs} ms: ${(error as Error).message}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
