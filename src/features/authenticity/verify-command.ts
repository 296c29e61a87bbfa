// `npm run verify -- <file|-> [--keys <keys file | platform address>]`: the verdict on a signed file, in words, with
// an exit status scripts can test: 0 genuine, 1 altered / not ours / withdrawn key, 2 unreadable or not checkable.
// Without --keys it checks against this installation's database (read only: it neither migrates nor makes a key).
import { existsSync, readFileSync } from 'node:fs';
import type { Config } from '../../config.ts';
import { connect } from '../../db/connect.ts';
import { translator } from '../../i18n/translator.ts';
import {
  groupedFingerprint, listPublicSigningKeys, publishedKeysPath, readPublishedKeys, verifyWithKeys, type PublicSigningKey,
} from '../../platform/signing/index.ts';
import { describeVerification } from './describe-verification.ts';

export const verifyExit = { genuine: 0, notGenuine: 1, unreadable: 2 } as const;

export interface VerifyCommandIo {
  loadConfig: () => Config;
  out: (text: string) => void;
  err: (text: string) => void;
  readStdin: () => Promise<Buffer>;
}

const usage = 'Usage: npm run verify -- <signed file, or - for standard input> [--keys <keys file saved from '
  + `${publishedKeysPath}, or the address of a platform>]`;

function parseArguments(args: readonly string[]): { file: string; keys: string | undefined } | undefined {
  const positional: string[] = [];
  let keys: string | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--keys') keys = args[++i];
    else if (arg.startsWith('--keys=')) keys = arg.slice('--keys='.length);
    else if (arg.startsWith('--')) return undefined;
    else positional.push(arg);
  }
  if (positional.length !== 1 || keys === '') return undefined;
  return { file: positional[0]!, keys };
}

/** Where the keys came from, said in the verdict, and the keys themselves. */
async function loadKeys(source: string | undefined, io: VerifyCommandIo): Promise<{ from: string; keys: PublicSigningKey[] }> {
  if (source === undefined) {
    const config = io.loadConfig();
    // Opening a SQLite file that is not there would create an empty one: say what is missing instead.
    if (config.database.kind === 'sqlite' && !existsSync(config.database.file)) {
      throw new Error(`there is no installation database at ${config.database.file}; give --keys <keys file or platform address>`);
    }
    const connection = connect(config.database);
    try {
      return { from: `this installation's database (${connection.engine})`, keys: await listPublicSigningKeys(connection.db) };
    } finally {
      await connection.close();
    }
  }
  if (/^https?:\/\//i.test(source)) {
    const url = source.endsWith('.json') ? source : `${source.replace(/\/+$/, '')}${publishedKeysPath}`;
    const response = await fetch(url, { signal: AbortSignal.timeout(15_000) });
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    return { from: url, keys: readPublishedKeys(await response.text()).keys };
  }
  return { from: source, keys: readPublishedKeys(readFileSync(source, 'utf8')).keys };
}

export async function verifyCommand(args: readonly string[], io: VerifyCommandIo): Promise<number> {
  const parsed = parseArguments(args);
  if (!parsed) {
    io.err(usage);
    return verifyExit.unreadable;
  }
  let input: Buffer;
  let keys: { from: string; keys: PublicSigningKey[] };
  try {
    input = parsed.file === '-' ? await io.readStdin() : readFileSync(parsed.file);
    keys = await loadKeys(parsed.keys, io);
  } catch (error) {
    io.err(`Cannot check: ${error instanceof Error ? error.message : String(error)}`);
    return verifyExit.unreadable;
  }
  const result = verifyWithKeys(input, keys.keys);
  io.out(describeVerification(translator('en'), result));
  const fingerprints = keys.keys.map((k) => groupedFingerprint(k.keyId)).join(', ') || 'none';
  io.out(`\nChecked against ${keys.keys.length} ${keys.keys.length === 1 ? 'key' : 'keys'} from ${keys.from}: ${fingerprints}.`);
  if (result.verdict === 'genuine') return verifyExit.genuine;
  return result.verdict === 'malformed' ? verifyExit.unreadable : verifyExit.notGenuine;
}

/** The terminal: verdicts on standard output, problems on standard error, `-` reads standard input. */
export function consoleIo(loadConfig: () => Config): VerifyCommandIo {
  return {
    loadConfig,
    out: (text) => console.log(text),
    err: (text) => console.error(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
      return Buffer.concat(chunks);
    },
  };
}
