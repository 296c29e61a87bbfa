// Message catalogues: src/i18n/messages/<locale>/<namespace>.json, keys addressed as `<namespace>.<key>`.
// One file per feature keeps parallel work on features from colliding in one huge file.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const messagesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'messages');

export type Catalogue = Map<string, string>;

export function loadCatalogue(locale: string): Catalogue {
  const catalogue: Catalogue = new Map();
  const dir = path.join(messagesDir, locale);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const namespace = file.slice(0, -'.json'.length);
    const entries = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, string>;
    for (const [key, message] of Object.entries(entries)) catalogue.set(`${namespace}.${key}`, message);
  }
  return catalogue;
}
