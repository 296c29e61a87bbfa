// `npm run bench:statements`: requests per second for a published statement's public page with ~200 co-signing
// organisations, served by the real app listening on a port, as a ratio to a bare node:http server sending the same
// bytes, measured in the same run (absolute figures mean little across machines; the ratio says what the app costs).
// The load is a keep-alive loop on a node:http Agent in a worker thread, so it never shares an event loop with the
// servers it measures. Options: --seconds 5 --warmup 2 --connections 10 --signatories 200 --rounds 6 (docs/PERFORMANCE.md).
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { brotliDecompressSync } from 'node:zlib';
import { Worker } from 'node:worker_threads';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { connect } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { draftStatement } from '../src/features/statements/draft-statement.ts';
import { publishStatement } from '../src/features/statements/publish-statement.ts';
import { signStatement } from '../src/features/statements/sign-statement.ts';
import { PublicPageCache } from '../src/http/page-cache.ts';
import { systemClock } from '../src/platform/clock.ts';
import { createMember } from '../test/support/member.ts';
import { createTestNetwork, createTestOrganisation } from '../test/support/network.ts';

const requestHeaders = { 'accept-encoding': 'br', 'accept-language': 'en' };
const ratioGoal = 0.6;

interface Load { url: string; connections: number; seconds: number; headers: Record<string, string> }
interface LoadResult { requests: number; failures: number; seconds: number }

/**
 * The load loop, run in a worker thread (plain JavaScript: a worker does not inherit tsx's loader on Node 20):
 * `connections` loops, each sending its next request as soon as the last answer is read, over kept-alive sockets.
 */
const loadLoop = `
const http = require('node:http');
const { parentPort, workerData: { url, connections, seconds, headers } } = require('node:worker_threads');
const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
const until = performance.now() + seconds * 1000;
let requests = 0;
let failures = 0;
const once = () => new Promise((resolve) => {
  http.get(url, { agent, headers }, (response) => {
    if (response.statusCode === 200) requests += 1; else failures += 1;
    response.resume().on('end', resolve);
  }).on('error', () => { failures += 1; resolve(); });
});
const started = performance.now();
Promise.all(Array.from({ length: connections }, async () => { while (performance.now() < until) await once(); })).then(() => {
  agent.destroy();
  parentPort.postMessage({ requests, failures, seconds: (performance.now() - started) / 1000 });
});
`;

function load(job: Omit<Load, 'headers'>): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(loadLoop, { eval: true, workerData: { ...job, headers: requestHeaders } });
    let result: LoadResult | undefined;
    worker.once('message', (message: LoadResult) => { result = message; });
    worker.once('error', reject);
    // Resolved once the thread has exited, so its teardown never overlaps the next run.
    worker.once('exit', () => (result ? resolve(result) : reject(new Error('the load worker stopped without a result'))));
  });
}

function get(url: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http.get(url, { headers: requestHeaders }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

function refuse(message: string): never {
  console.error(`\nbench refused: ${message}`);
  process.exit(1);
}

/**
 * A published statement signed by `count` organisations (every tenth at risk, so withheld), made through the
 * features' own use cases on a fresh SQLite file, and the app over it with production settings and no request logs.
 */
async function setUpStatement(dataDir: string, count: number) {
  const connection = connect({ kind: 'sqlite', file: path.join(dataDir, 'platform.sqlite') });
  const { db } = connection;
  await migrateToLatest(db);
  const config = loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'bench-session-secret-bench-session-secret', DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
  const admin = await createMember(db, { displayName: 'Bench administrator' });
  // Varied names and countries, as real lists have: one name repeated would compress to nothing and flatter the figures.
  const words = ['Coalition', 'Alliance', 'Women', 'Rural', 'Indigenous', 'Peoples', 'Workers', 'Forum', 'Youth', 'Justice',
    'Rights', 'Action', 'Network', 'Collective', 'Solidarity', 'Association', 'Lawyers', 'Climate', 'Migrants', 'Union'];
  const countries = ['KE', 'GH', 'BR', 'PH', 'ID', 'FR', 'CO', 'PE', 'SN', 'IN', 'UA', 'MX', 'ZA', 'NP', 'AR', 'DE'];
  const organisations = [];
  for (let i = 0; i < count; i += 1) {
    organisations.push(await createTestOrganisation(db, admin.id, {
      name: `${words[(i * 7) % 20]} ${words[(i * 13 + 3) % 20]} ${words[(i * 3 + 11) % 20]} ${1990 + (i % 33)}`,
      countries: [countries[i % 16]!, ...(i % 3 === 0 ? [countries[(i * 5 + 1) % 16]!] : [])],
      atRiskMode: i % 10 === 9 ? 'networks' : 'off',
    }));
  }
  const network = await createTestNetwork(db, admin, organisations[0]!, { name: 'Transnational Housing Rights Coalition' });
  const paragraph = 'We, organisations working for the right to adequate housing across borders, call on States to halt forced '
    + 'evictions, to consult affected communities before any relocation, and to protect those who defend their homes. ';
  const drafted = await draftStatement(db, systemClock, network.id, {
    kind: 'statement', language: 'en', title: 'Joint statement on forced evictions and housing rights defenders',
    text: [1, 2, 3, 4].map(() => paragraph.repeat(2)).join('\n\n'), themes: ['housing'], countries: ['KE', 'BR', 'PH'],
  });
  if (drafted.kind !== 'drafted') refuse('the statement draft was refused');
  const deps = { db, config, clock: systemClock, publicPages: new PublicPageCache() };
  await publishStatement(deps, drafted.statementId);
  for (const organisation of organisations) await signStatement(deps, drafted.statementId, organisation.id, admin.id);
  const app = await buildApp({ config, db, engine: connection.engine, clock: systemClock, mailer: { async send() {}, close() {} } });
  return { app, statementId: drafted.statementId, withheld: organisations.filter((o) => o.atRiskMode !== 'off').length, close: () => connection.close() };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: {
    seconds: { type: 'string', default: '5' }, warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '10' }, signatories: { type: 'string', default: '200' }, rounds: { type: 'string', default: '6' },
  } });
  const [seconds, warmup, connections, signatoryCount, rounds] = [values.seconds, values.warmup, values.connections, values.signatories, values.rounds].map(Number) as [number, number, number, number, number];
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'isp-statement-bench-'));
  const baseline = http.createServer();
  let fixture: Awaited<ReturnType<typeof setUpStatement>> | undefined;
  try {
    fixture = await setUpStatement(dataDir, signatoryCount);
    await fixture.app.listen({ host: '127.0.0.1', port: 0 });
    const pageUrl = `http://127.0.0.1:${(fixture.app.server.address() as AddressInfo).port}/statements/${fixture.statementId}`;
    const page = await get(pageUrl);
    if (page.status !== 200 || page.headers['content-encoding'] !== 'br') refuse(`the statement page answered ${page.status} (${page.headers['content-encoding']})`);
    const html = brotliDecompressSync(page.body).toString('utf8');
    const listed = (html.match(/<li><span class="signatory-/g) ?? []).length;
    if (listed !== signatoryCount) refuse(`the page lists ${listed} of ${signatoryCount} signatories`);

    // The baseline sends exactly the bytes and headers the app sent, and does nothing else.
    baseline.on('request', (_request, response) => {
      for (const [name, value] of Object.entries(page.headers)) {
        if (value !== undefined && !['date', 'connection', 'keep-alive', 'transfer-encoding'].includes(name)) response.setHeader(name, value);
      }
      response.writeHead(200).end(page.body);
    });
    await new Promise<void>((resolve) => baseline.listen(0, '127.0.0.1', resolve));
    const baselineUrl = `http://127.0.0.1:${(baseline.address() as AddressInfo).port}/`;

    console.log(`Statement page benchmark: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, SQLite; `
      + `${signatoryCount} signatories (${fixture.withheld} withheld), page ${(page.body.length / 1024).toFixed(1)} KB br / ${(html.length / 1024).toFixed(1)} KB HTML; `
      + `${connections} keep-alive connections, ${warmup} s warm-up each, then baseline, statement page and home page, the order turning each round, ${seconds} s × ${rounds} each; load average ${os.loadavg()[0]!.toFixed(1)}.\n`);
    // The app's home page (small, cached, no database) in each round too: the app's own floor, so a gap to the
    // baseline can be told apart from a cost of the statement page itself.
    const homeUrl = new URL('/', pageUrl).href;
    for (const url of [baselineUrl, pageUrl, homeUrl]) await load({ url, connections, seconds: warmup });
    const runs = { baseline: [] as LoadResult[], app: [] as LoadResult[], home: [] as LoadResult[] };
    const targets = [['baseline', baselineUrl], ['app', pageUrl], ['home', homeUrl]] as const;
    for (let round = 0; round < rounds; round += 1) {
      // The order turns each round, so each target is measured as often first, second and third: whichever target ran
      // just after the baseline was seen to lose a third of its rate, which must not count against one target only.
      for (let i = 0; i < targets.length; i += 1) {
        const [who, url] = targets[(round + i) % targets.length]!;
        runs[who].push(await load({ url, connections, seconds }));
      }
    }
    for (const [who, results] of Object.entries(runs)) {
      const failed = results.reduce((sum, r) => sum + r.failures, 0);
      if (failed) refuse(`${who}: ${failed} requests failed`);
    }
    const perSecond = (r: LoadResult) => r.requests / r.seconds;
    const ratios = (of: LoadResult[]) => of.map((r, i) => perSecond(r) / perSecond(runs.baseline[i]!));
    // The median round's ratio is the figure: on a shared machine a neighbour's burst shows as one round out of line.
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const mean = (results: LoadResult[]) => results.reduce((sum, r) => sum + r.requests, 0) / results.reduce((sum, r) => sum + r.seconds, 0);
    const [app, base, home] = [mean(runs.app), mean(runs.baseline), mean(runs.home)];
    const ratio = median(ratios(runs.app));
    console.log(`rounds, statement page / baseline: ${ratios(runs.app).map((r) => r.toFixed(2)).join(', ')}`);
    console.log(`rounds, home page / baseline:      ${ratios(runs.home).map((r) => r.toFixed(2)).join(', ')}\n`);
    console.log(`| target | app req/s | baseline req/s | median round ratio (goal ≥ ${ratioGoal}) |`);
    console.log('|---|---:|---:|---:|');
    console.log(`| statement page, ${signatoryCount} signatories \`/statements/:id\` | ${Math.round(app)} | ${Math.round(base)} | ${ratio.toFixed(2)} ${ratio >= ratioGoal ? '✓' : '✗'} |`);
    console.log(`| (reference) the app's home page \`/\` | ${Math.round(home)} | ${Math.round(base)} | ${median(ratios(runs.home)).toFixed(2)} |`);
  } finally {
    baseline.close();
    await fixture?.app.close();
    await fixture?.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
