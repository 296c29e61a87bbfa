// `npm run bench`: how fast the public pages are served, as a ratio to a bare node:http server sending the same
// bytes in the same run (absolute figures mean little across machines; the ratio says what the framework costs),
// and how many compressed bytes a reader on a slow link downloads before the page can be shown.
// Options: --seconds 5 --warmup 1 --connections 10 --inputs 40 (see docs/PERFORMANCE.md).
import { mkdtemp, rm } from 'node:fs/promises';
import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { brotliDecompressSync } from 'node:zlib';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { connect } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { findCallBySlug, loadQuestionnaires, seedCalls, type CallWithQuestionnaires } from '../src/features/calls/index.ts';
import { savePublication } from '../src/features/publications/index.ts';
import type { Db } from '../src/db/database.ts';
import { systemClock } from '../src/platform/clock.ts';
import { createSubmittedInput } from '../test/support/factories.ts';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '1' },
    connections: { type: 'string', default: '10' },
    inputs: { type: 'string', default: '40' },
  },
});
const seconds = Number(args.seconds);
const warmupSeconds = Number(args.warmup);
const connections = Number(args.connections);
const inputCount = Number(args.inputs);

const callSlug = 'hrc56-civil-society-solidarity';
const ratioGoal = 0.6;
const sizeGoalBytes = 14 * 1024;
/** What a browser sends: the app answers per language and encoding, so the bench asks as one reader would. */
const requestHeaders = { 'accept-encoding': 'br', 'accept-language': 'en' };

interface Fetched {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One GET with the raw (still compressed) body: fetch() would decompress and hide what is sent. */
function get(url: string, headers: Record<string, string>): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    http.get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    }).on('error', reject);
  });
}

interface LoadResult {
  requestsPerSecond: number;
  total: number;
  seconds: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  p50: number;
  p95: number;
  p99: number;
}

function load(url: string): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./load-generator.mjs', import.meta.url), {
      workerData: { url, headers: requestHeaders, connections, seconds, warmupSeconds },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`load generator exited with ${code}`)));
  });
}

function refuse(message: string): never {
  console.error(`\nbench refused: ${message}`);
  process.exit(1);
}

/** Published inputs as staff would leave them: submitted through the factories, then copied by the publications feature. */
async function publishInputs(db: Db, call: CallWithQuestionnaires, count: number): Promise<string[]> {
  const questionnaire = call.questionnaires[0];
  if (!questionnaire) refuse(`the call ${callSlug} has no questionnaire`);
  const paragraph = 'Our network of community organisations works across borders on food sovereignty, housing and the rights of '
    + 'migrant workers; we document reprisals and support local groups with training and small grants. ';
  const answers = Object.fromEntries(questionnaire.questions.flatMap((q) => q.parts
    .filter((part) => part.kind === 'long-text')
    .map((part) => [`${q.id}:${part.key}`, { text: paragraph.repeat(3) }])));
  const references: string[] = [];
  // Varied names, as real lists have: a list of one repeated name would compress to nothing and flatter the figures.
  const words = ['Coalition', 'Alliance', 'Women', 'Rural', 'Indigenous', 'Peoples', 'Workers', 'Forum', 'Youth', 'Justice',
    'Rights', 'Action', 'Network', 'Collective', 'Solidarity', 'Association', 'Lawyers', 'Climate', 'Migrants', 'Union'];
  const nameOf = (i: number) => [words[(i * 7) % 20], words[(i * 13 + 3) % 20], words[(i * 3 + 11) % 20]].join(' ') + ` ${1990 + (i % 33)}`;
  for (let i = 0; i < count; i += 1) {
    const countries = [['KE', 'GH'], ['BR'], ['PH', 'ID', 'MY'], ['FR'], ['CO', 'PE']][i % 5]!;
    const anonymous = i % 4 === 3;
    const input = await createSubmittedInput(db, call, {
      name: nameOf(i), countries, answers, language: ['en', 'fr', 'es'][i % 3]!,
      consent: anonymous ? 'public-anonymous' : 'public-named',
    });
    await db.transaction().execute((trx) => savePublication(trx, {
      submissionId: input.id, callId: call.id, reference: input.reference, stakeholderType: 'civil-society',
      displayName: anonymous ? null : nameOf(i), countries, language: 'en',
      content: { questionnaireId: questionnaire.id, answers, coSigners: [], attachments: [] },
      publishedOn: '2026-12-01',
    }));
    references.push(input.reference);
  }
  return references;
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'isp-bench-'));
  const connection = connect({ kind: 'sqlite', file: path.join(dataDir, 'platform.sqlite') });
  const baseline = http.createServer();
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  try {
    await migrateToLatest(connection.db);
    await seedCalls(connection.db, systemClock.now());
    const call = await findCallBySlug(connection.db, callSlug);
    if (!call) refuse(`the seeded call ${callSlug} does not exist (seedCalls did not create it)`);
    const references = await publishInputs(connection.db, await loadQuestionnaires(connection.db, call), inputCount);

    // Production settings, request logs off (LOG_LEVEL=warn): what a deployment serving these pages would run.
    const config = loadConfig({
      NODE_ENV: 'production', SESSION_SECRET: 'bench-session-secret-bench-session-secret', DATA_DIR: dataDir, LOG_LEVEL: 'warn',
    });
    app = await buildApp({
      config, db: connection.db, engine: connection.engine, clock: systemClock,
      mailer: { async send() {}, close() {} },
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const appUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

    // The baseline sends exactly the bytes and headers the app sent for the current target, and nothing else.
    let canned: Fetched | undefined;
    baseline.on('request', (_request, response) => {
      const skip = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);
      for (const [name, value] of Object.entries(canned!.headers)) if (!skip.has(name) && value !== undefined) response.setHeader(name, value);
      response.setHeader('content-length', canned!.body.length);
      response.writeHead(canned!.status).end(canned!.body);
    });
    await new Promise<void>((resolve) => baseline.listen(0, '127.0.0.1', resolve));
    const baselineUrl = `http://127.0.0.1:${(baseline.address() as AddressInfo).port}/`;

    const targets = [
      { name: 'call page', path: `/calls/${callSlug}` },
      { name: 'inputs received', path: `/calls/${callSlug}/inputs` },
      { name: 'one published input', path: `/calls/${callSlug}/inputs/${encodeURIComponent(references[0] ?? 'none')}` },
      { name: 'home page', path: '/' },
    ];

    const pages = new Map<string, Fetched>();
    for (const target of targets) {
      const page = await get(appUrl + target.path, requestHeaders);
      if (page.status !== 200) refuse(`${target.path} answered ${page.status}, not 200: no figure is reported for a page that is not there`);
      if (page.headers['content-encoding'] !== 'br') refuse(`${target.path} was not sent brotli-compressed`);
      pages.set(target.path, page);
    }
    // A page that silently shows nothing would bench well and mean nothing: the list must show what was published.
    const inputsHtml = brotliDecompressSync(pages.get(targets[1]!.path)!.body).toString('utf8');
    const listed = references.filter((reference) => inputsHtml.includes(encodeURIComponent(reference))).length;
    if (listed !== references.length) refuse(`the inputs received page lists ${listed} of the ${references.length} published inputs`);

    console.log(`Public pages benchmark: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, SQLite, `
      + `${inputCount} published inputs; ${connections} connections, ${warmupSeconds} s warm-up + ${seconds} s per run; `
      + 'baseline run just before each target.\n');
    // One warm-up of both servers before any measurement, so the first pair is not the one paying for the JIT.
    canned = pages.get(targets[0]!.path)!;
    await load(baselineUrl);
    await load(appUrl + targets[0]!.path);
    const rows: string[] = [];
    for (const target of targets) {
      canned = pages.get(target.path)!;
      const base = await load(baselineUrl);
      const measured = await load(appUrl + target.path);
      for (const [who, result] of [['baseline', base], ['app', measured]] as const) {
        if (result.non2xx || result.errors || result.timeouts) {
          refuse(`${who} run for ${target.path}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
        }
      }
      const ratio = measured.requestsPerSecond / base.requestsPerSecond;
      rows.push(`| ${target.name} \`${target.path.replace(references[0] ?? '', ':reference')}\` | ${Math.round(measured.requestsPerSecond)} | `
        + `${Math.round(base.requestsPerSecond)} | ${ratio.toFixed(2)} ${ratio >= ratioGoal ? '✓' : '✗'} | ${measured.p95.toFixed(1)} | ${base.p95.toFixed(1)} |`);
      console.error(`  measured ${target.name}: ${Math.round(measured.requestsPerSecond)} req/s (baseline ${Math.round(base.requestsPerSecond)})`);
    }

    console.log(`\n| target | app req/s | baseline req/s | ratio (goal ≥ ${ratioGoal}) | app p95 ms | baseline p95 ms |`);
    console.log('|---|---:|---:|---:|---:|---:|');
    for (const row of rows) console.log(row);

    // Bytes before first render: the HTML and the stylesheet (the script is deferred and not needed to read).
    const cssHref = /href="(\/assets\/[^"]+\.css)"/.exec(await htmlOf(appUrl + targets[0]!.path))?.[1];
    if (!cssHref) refuse('no stylesheet link found on the call page');
    const css = { br: (await get(appUrl + cssHref, { 'accept-encoding': 'br' })).body.length, gzip: (await get(appUrl + cssHref, { 'accept-encoding': 'gzip' })).body.length };
    console.log(`\n| page | HTML br | HTML gzip | + CSS br | + CSS gzip | goal ≤ ${sizeGoalBytes / 1024} KB |`);
    console.log('|---|---:|---:|---:|---:|---|');
    for (const target of targets) {
      const br = pages.get(target.path)!.body.length;
      const gzip = (await get(appUrl + target.path, { ...requestHeaders, 'accept-encoding': 'gzip' })).body.length;
      const worst = Math.max(br + css.br, gzip + css.gzip);
      console.log(`| ${target.name} | ${kb(br)} | ${kb(gzip)} | ${kb(br + css.br)} | ${kb(gzip + css.gzip)} | ${worst <= sizeGoalBytes ? '✓' : '✗'} |`);
    }
    console.log(`\n(CSS alone: ${kb(css.br)} br, ${kb(css.gzip)} gzip.)`);
  } finally {
    baseline.close();
    await app?.close();
    await connection.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function htmlOf(url: string): Promise<string> {
  return (await get(url, { 'accept-language': 'en' })).body.toString('utf8');
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

await main();
