// Mailboxes that are folders of one-message files: Maildir, and folders of .eml files saved by hand or exported.
// Each file gets a key that names it the same way on every run, in a sorted order that does not depend on the disk.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

export interface MailFile {
  key: string;
  /** Relative to the mailbox, with '/' separators. */
  relativePath: string;
  path: string;
}

const byKey = (a: MailFile, b: MailFile) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

async function filesIn(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((entry) => entry.isFile() && !entry.name.startsWith('.')).map((entry) => entry.name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Messages in cur/ and new/ (tmp/ holds deliveries still being written). The key is the Maildir unique name, without
 * the folder and the ":2,FLAGS" suffix, because a mail client moves a message from new/ to cur/ and renames it when it
 * is read: the same message must keep its key if that happens between an interrupted import and its resumption.
 */
export async function maildirFiles(dir: string): Promise<MailFile[]> {
  const found = new Map<string, MailFile>();
  for (const folder of ['cur', 'new']) {
    for (const name of await filesIn(join(dir, folder))) {
      const key = name.replace(/[:!;]2,[A-Za-z]*$/, '');
      if (!found.has(key)) found.set(key, { key, relativePath: `${folder}/${name}`, path: join(dir, folder, name) });
    }
  }
  return [...found.values()].sort(byKey);
}

/** Every *.eml file under `dir`, however deep, keyed by its relative path. Hidden files and folders are skipped. */
export async function emlFiles(dir: string, prefix = ''): Promise<MailFile[]> {
  const files: MailFile[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const relativePath = prefix + entry.name;
    if (entry.isDirectory()) files.push(...(await emlFiles(join(dir, entry.name), `${relativePath}/`)));
    else if (entry.isFile() && /\.eml$/i.test(entry.name)) files.push({ key: relativePath, relativePath, path: join(dir, entry.name) });
  }
  return prefix === '' ? files.sort(byKey) : files;
}
