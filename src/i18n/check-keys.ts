// Fails when a locale lacks a key English has, has a key English lacks, a message does not parse, or a key is
// used nowhere in the code (Decidim runs i18n-tasks for the same reasons). A key is used when its full name
// appears as a string in src/, or when code builds it from a template prefix such as `stakeholder.${type}`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { IntlMessageFormat } from 'intl-messageformat';
import { loadCatalogue } from './catalogue.ts';
import { defaultLocale, localeCodes } from './locales.ts';

const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

export function checkKeys(): string[] {
  const problems: string[] = [];
  const reference = loadCatalogue(defaultLocale);
  for (const locale of localeCodes) {
    const catalogue = loadCatalogue(locale);
    for (const key of reference.keys()) if (!catalogue.has(key)) problems.push(`${locale}: missing ${key}`);
    for (const [key, message] of catalogue) {
      if (!reference.has(key)) problems.push(`${locale}: unknown key ${key} (not in ${defaultLocale})`);
      try {
        new IntlMessageFormat(message, locale, undefined, { ignoreTag: true });
      } catch (error) {
        problems.push(`${locale}: ${key} does not parse: ${(error as Error).message}`);
      }
    }
  }
  const code = sourceFiles(srcDir).map((f) => readFileSync(f, 'utf8')).join('\n');
  const prefixes = [...code.matchAll(/`([a-zA-Z][\w.-]*\.)\$\{/g)].map((m) => m[1] as string);
  for (const key of reference.keys()) {
    const quoted = code.includes(`'${key}'`) || code.includes(`"${key}"`) || code.includes(`\`${key}\``);
    if (!quoted && !prefixes.some((prefix) => key.startsWith(prefix))) problems.push(`unused key ${key}`);
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = checkKeys();
  if (problems.length) {
    console.error(`i18n check failed:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log('i18n check: every key is translated in every locale and used in the code');
}
