// The messages of a mailbox given on the command line (an mbox file, a Maildir, a folder of .eml files or one .eml
// file) or uploaded through the staff page, one at a time and each with a key that names it the same way on every
// run, so an interrupted import can skip what it already imported.
import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { emlFiles, maildirFiles, type MailFile } from './mail-files.ts';
import { countMboxMessages, mboxMessages, splitMbox } from './mbox.ts';
import { looksLikeMbox, looksLikeMessage } from './sniff.ts';

export interface RawMessage {
  /** Stable for the same source: 'mbox:<n>' (1-based), a Maildir unique name, or a path relative to the folder. */
  key: string;
  raw: Buffer;
  /** The file the message was read from, relative to the mailbox, when messages are files. */
  file?: string;
}

export type MailboxKind = 'mbox' | 'maildir' | 'eml-folder' | 'eml-file';

export type MailboxErrorCode = 'MAILBOX_NOT_FOUND' | 'MAILBOX_NOT_RECOGNISED';

export class MailboxError extends Error {
  constructor(readonly code: MailboxErrorCode, readonly path: string) {
    super(`${code}: ${path} (expected an mbox file, a Maildir folder, a folder of .eml files or an .eml file)`);
    this.name = 'MailboxError';
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function holdsEmlFile(dir: string): boolean {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isFile() && /\.eml$/i.test(entry.name)) return true;
    if (entry.isDirectory() && holdsEmlFile(join(dir, entry.name))) return true;
  }
  return false;
}

function firstBytes(path: string): Buffer {
  const head = Buffer.alloc(1024);
  const fd = openSync(path, 'r');
  try {
    return head.subarray(0, readSync(fd, head, 0, head.length, 0));
  } finally {
    closeSync(fd);
  }
}

// Synchronous because readMailbox answers its kind at once; it reads a directory listing and 1 KB at most.
function detect(path: string): MailboxKind {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new MailboxError('MAILBOX_NOT_FOUND', path);
  }
  if (stats.isDirectory()) {
    if (isDirectory(join(path, 'cur')) || isDirectory(join(path, 'new'))) return 'maildir';
    if (holdsEmlFile(path)) return 'eml-folder';
  } else if (stats.isFile()) {
    if (/\.eml$/i.test(path)) return 'eml-file';
    const head = firstBytes(path);
    if (looksLikeMbox(head) || (/\.mbox$/i.test(path) && head.length === 0)) return 'mbox';
    if (looksLikeMessage(head)) return 'eml-file';
  }
  throw new MailboxError('MAILBOX_NOT_RECOGNISED', path);
}

export async function detectMailbox(path: string): Promise<MailboxKind> {
  return detect(path);
}

async function* filesAsMessages(list: () => Promise<MailFile[]>): AsyncGenerator<RawMessage> {
  for (const file of await list()) yield { key: file.key, raw: await readFile(file.path), file: file.relativePath };
}

async function* mboxAsMessages(path: string): AsyncGenerator<RawMessage> {
  let n = 0;
  for await (const raw of mboxMessages(path)) {
    n += 1;
    yield { key: `mbox:${n}`, raw };
  }
}

export function readMailbox(path: string, kind: MailboxKind = detect(path)): {
  kind: MailboxKind;
  count(): Promise<number>;
  messages(): AsyncIterable<RawMessage>;
} {
  switch (kind) {
    case 'mbox':
      return { kind, count: () => countMboxMessages(path), messages: () => mboxAsMessages(path) };
    case 'maildir':
      return { kind, count: async () => (await maildirFiles(path)).length, messages: () => filesAsMessages(() => maildirFiles(path)) };
    case 'eml-folder':
      return { kind, count: async () => (await emlFiles(path)).length, messages: () => filesAsMessages(() => emlFiles(path)) };
    case 'eml-file': {
      const file = basename(path);
      return { kind, count: async () => 1, messages: () => filesAsMessages(async () => [{ key: file, relativePath: file, path }]) };
    }
  }
}

/**
 * For the web upload: messages from in-memory uploads (an mbox file, or one or more .eml files). An .eml file is one
 * message; another file is an mbox when it opens with a "From " line. Keys are the file name, and '<name>#<n>' for
 * the nth message of an mbox; a name uploaded twice gets ' (2)'.
 */
export function messagesFromUploads(files: { filename: string; data: Buffer }[]): RawMessage[] {
  const used = new Set<string>();
  const unique = (key: string) => {
    let candidate = key;
    for (let n = 2; used.has(candidate); n += 1) candidate = `${key} (${n})`;
    used.add(candidate);
    return candidate;
  };
  return files.flatMap(({ filename, data }) => {
    if (/\.eml$/i.test(filename) || !looksLikeMbox(data)) return [{ key: unique(filename), raw: data, file: filename }];
    return splitMbox(data).map((raw, index) => ({ key: unique(`${filename}#${index + 1}`), raw, file: filename }));
  });
}
