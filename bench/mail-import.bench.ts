// Import throughput of the email channel: N emails (default 1,000), each with a two-page letter as a PDF or a DOCX
// (alternately, in English, French and Spanish), written to an mbox file and imported by the same code as
// `npm run import-mail` into a fresh SQLite database file. Baseline in the same run: reading and MIME-parsing the
// same mbox without importing. Peak memory is the process's maximum resident set size.
// Options: --emails 1000 (see docs/PERFORMANCE.md).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.ts';
import { connect } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { findCallBySlug, seedCalls } from '../src/features/calls/index.ts';
import { importMailbox } from '../src/features/mail-import/import-mailbox.ts';
import { parseEmail, readMailbox } from '../src/features/mail-import/mailbox/index.ts';
import { systemClock } from '../src/platform/clock.ts';
import { composeEmail, letterDocx, letterPdf, writeMbox } from '../test/support/mail.ts';
import { createStaffUser } from '../test/support/staff.ts';

const { values: args } = parseArgs({ options: { emails: { type: 'string', default: '1000' } } });
const emails = Number(args.emails);

const paragraph = {
  en: 'Our network of human rights defenders across the region has faced surveillance, smear campaigns and the freezing of bank accounts after receiving foreign funding. ',
  fr: 'Notre réseau de défenseurs des droits humains dans la région a subi une surveillance, des campagnes de dénigrement et le gel de comptes bancaires après avoir reçu des fonds étrangers. ',
  es: 'Nuestra red de defensoras y defensores de derechos humanos en la región ha sufrido vigilancia, campañas de desprestigio y el congelamiento de cuentas bancarias tras recibir fondos del exterior. ',
};
const heading = { en: (n: number) => `Question ${n}`, fr: (n: number) => `Question ${n}`, es: (n: number) => `Pregunta ${n}` };

/** About two pages: ten numbered answers of four sentences each. */
function letterLines(language: keyof typeof paragraph, i: number): string[] {
  const lines = [`Letter ${i}`];
  for (let n = 1; n <= 10; n++) lines.push(`${heading[language](n)}`, paragraph[language].repeat(4).trim());
  return lines;
}

async function buildMailbox(file: string, subject: string): Promise<void> {
  const languages = ['en', 'fr', 'es'] as const;
  // Ten distinct letters of each kind, reused: generating 1,000 PDFs would measure pdf-lib, not the import.
  const letters = await Promise.all(Array.from({ length: 30 }, async (_, i) => {
    const language = languages[i % 3]!;
    return i % 2 === 0
      ? { filename: `letter-${i}.pdf`, content: await letterPdf(letterLines(language, i)) }
      : { filename: `letter-${i}.docx`, content: await letterDocx(letterLines(language, i)) };
  }));
  const raws: Buffer[] = [];
  for (let i = 0; i < emails; i++) {
    raws.push(await composeEmail({
      from: { name: `Organisation ${i}`, address: `contact${i}@network${i}.org` }, to: 'hrc-ie-solidarity@un.org', subject,
      text: `Dear Independent Expert,\nPlease find attached our contribution (${i}).\nKind regards`,
      messageId: `<bench-${i}@network${i}.org>`, attachments: [letters[i % letters.length]!],
    }));
  }
  await writeMbox(file, raws);
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(0);
}

async function main(): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'isp-mail-bench-'));
  try {
    const { DATABASE_URL: _ignored, ...environment } = process.env;
    const config = loadConfig({ ...environment, DATA_DIR: dir, NODE_ENV: 'development' });
    const connection = connect(config.database);
    await migrateToLatest(connection.db);
    await seedCalls(connection.db, systemClock.now());
    await createStaffUser(connection.db, { role: 'admin' });
    const call = await findCallBySlug(connection.db, 'hrc56-civil-society-solidarity');
    const subject = call ? call.emailSubject : 'HRC56';
    const mbox = path.join(dir, 'inputs.mbox');
    await buildMailbox(mbox, subject);
    const deps = { db: connection.db, clock: systemClock, config };

    const baselineStart = performance.now();
    let parsed = 0;
    for await (const message of readMailbox(mbox).messages()) if ((await parseEmail(message.raw)).ok) parsed += 1;
    const baselineMs = performance.now() - baselineStart;

    const rssBefore = process.resourceUsage().maxRSS * 1024;
    const start = performance.now();
    const result = await importMailbox(deps, { callName: call?.id ?? null, mailboxPath: mbox });
    const importMs = performance.now() - start;
    if (result.kind !== 'done' || result.progress === 'stopped' || result.progress.outcomes.imported !== emails) {
      throw new Error(`the import did not import every message: ${JSON.stringify(result)}`);
    }
    const peak = process.resourceUsage().maxRSS * 1024;
    console.log(`Import of ${emails} emails, each with a two-page letter (PDF or DOCX, EN/FR/ES), into SQLite:`);
    console.log('| operation | total s | ms per email | messages/s | × baseline |');
    console.log('|---|---:|---:|---:|---:|');
    console.log(`| import (parse, extract, detect, map, encrypt, store) | ${(importMs / 1000).toFixed(1)} | ${(importMs / emails).toFixed(1)} | ${(emails / (importMs / 1000)).toFixed(0)} | ${(importMs / baselineMs).toFixed(1)}× |`);
    console.log(`| baseline: read and MIME-parse the mbox (${parsed} parsed) | ${(baselineMs / 1000).toFixed(1)} | ${(baselineMs / emails).toFixed(1)} | ${(emails / (baselineMs / 1000)).toFixed(0)} | 1.0× |`);
    console.log(`Peak memory (max RSS of the process): ${megabytes(peak)} MB (before the import: ${megabytes(rssBefore)} MB). Goal: ≤ 60 s for 1,000.`);
    await connection.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
