// The analysis workspace under a realistic load: the HRC56 call with N inputs (default 500) of about three pages each
// (ten answers of ~1,800 characters), in English, French and Spanish, from many countries, each coded three times.
// Measured through the real app (inject, no network): the dashboard, the per-question view and the codes that come
// together (goal p95 ≤ 100 ms), and the Word synthesis of every input (goal ≤ 5 s). Baseline in the same run: the
// staff home page.
// Options: --inputs 500 --requests 40 (see docs/PERFORMANCE.md).
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { seedKnownCodebooks, applyCode, listCodebook } from '../src/features/analysis/index.ts';
import { findCallBySlug, loadQuestionnaires, partRef, seedCalls } from '../src/features/calls/index.ts';
import { findSubmittedStoredInput, openStoredInput } from '../src/features/submissions/index.ts';
import { createTestDatabase } from '../test/support/engines.ts';
import { createSubmittedInput } from '../test/support/factories.ts';
import { signedInStaff } from '../test/support/staff.ts';
import { createTestApp, testConfig } from '../test/support/test-app.ts';

const { values: args } = parseArgs({ options: { inputs: { type: 'string', default: '500' }, requests: { type: 'string', default: '40' } } });
const inputCount = Number(args.inputs);
const requests = Number(args.requests);

const sentences = {
  en: 'Our network faced surveillance and smear campaigns after the regional meeting, and two partners lost their funding. ',
  fr: 'Notre réseau a subi une surveillance et des campagnes de dénigrement après la réunion régionale, et deux partenaires ont perdu leur financement. ',
  es: 'Nuestra red sufrió vigilancia y campañas de desprestigio tras la reunión regional, y dos socias perdieron su financiación. ',
};
const countries = ['PE', 'CO', 'KE', 'UG', 'PH', 'FR', 'UA', 'BR', 'IN', 'ZA', 'MX', 'DE', 'NG', 'ID', 'GT'];
const languages = ['en', 'fr', 'es'] as const;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main(): Promise<void> {
  const database = await createTestDatabase('sqlite');
  const t = await createTestApp(database.db, 'sqlite', { config: testConfig() });
  const admin = await signedInStaff(t, database.db, { role: 'admin' });
  await seedCalls(database.db, new Date());
  await seedKnownCodebooks(database.db);
  const call = await loadQuestionnaires(database.db, (await findCallBySlug(database.db, 'hrc56-civil-society-solidarity'))!);
  const questionnaire = call.questionnaires[0]!;
  const codes = (await listCodebook(database.db, call.id)).flatMap((category) => category.codes);
  const textParts = questionnaire.questions.flatMap((question) => question.parts.filter((part) => part.kind === 'long-text').map((part) => partRef(question, part)));

  const buildStart = performance.now();
  for (let i = 0; i < inputCount; i++) {
    const language = languages[i % 3]!;
    const text = sentences[language].repeat(15).trim();
    const answers = Object.fromEntries(textParts.map((ref) => [ref, { text }]));
    const made = await createSubmittedInput(database.db, call, {
      answers, language, countries: [countries[i % countries.length]!], consent: i % 4 === 0 ? 'do-not-publish' : 'public-named',
    });
    const opened = { input: openStoredInput((await findSubmittedStoredInput(database.db, made.id))!, made.cipher), cipher: made.cipher };
    for (let c = 0; c < 3; c++) {
      const code = codes[(i + c * 7) % codes.length]!;
      await applyCode({ db: database.db, clock: t.clock }, opened, admin.id, { codeId: code.id, partRef: textParts[c % textParts.length]!, field: 'text', start: 4, end: 11 });
    }
  }
  const buildSeconds = (performance.now() - buildStart) / 1000;

  const headers = { cookie: admin.jar.header() };
  async function time(url: string, times: number): Promise<{ p50: number; p95: number; bytes: number }> {
    const samples: number[] = [];
    let bytes = 0;
    for (let i = 0; i < times + 3; i++) {
      const started = performance.now();
      const response = await t.app.inject({ url, headers });
      const ms = performance.now() - started;
      if (response.statusCode !== 200) throw new Error(`${url} answered ${response.statusCode}`);
      bytes = response.rawPayload.length;
      if (i >= 3) samples.push(ms); // the first requests warm caches (the map's outlines, compiled templates)
    }
    samples.sort((a, b) => a - b);
    return { p50: percentile(samples, 50), p95: percentile(samples, 95), bytes };
  }

  const baseline = await time('/staff', requests);
  const dashboard = await time(`/staff/calls/${call.id}/dashboard`, requests);
  const question = await time(`/staff/calls/${call.id}/questions/${questionnaire.questions[1]!.id}`, requests);
  const together = await time(`/staff/calls/${call.id}/co-occurrence`, requests);
  const synthesis = await time(`/staff/calls/${call.id}/synthesis.docx`, 3);

  const row = (name: string, r: { p50: number; p95: number; bytes: number }) =>
    `| ${name} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${(r.p95 / baseline.p95).toFixed(1)}× | ${(r.bytes / 1024).toFixed(0)} KB |`;
  console.log(`${inputCount} inputs of ${(sentences.en.length * 15 * textParts.length / 1000).toFixed(0)} K characters each, 3 codes each (built in ${buildSeconds.toFixed(0)} s); ${requests} requests per page after 3 warm-ups, SQLite in memory:`);
  console.log('| page | p50 ms | p95 ms | p95 × baseline | size |');
  console.log('|---|---:|---:|---:|---:|');
  console.log(row('baseline: staff home', baseline));
  console.log(row('dashboard (goal p95 ≤ 100 ms)', dashboard));
  console.log(row('per-question view, first page', question));
  console.log(row(`codes that come together (co-occurrence), all ${inputCount} inputs`, together));
  console.log(row(`Word synthesis of ${inputCount} inputs (goal ≤ 5 s; 3 runs)`, synthesis));
  await t.app.close();
  await database.drop();
}

await main();
