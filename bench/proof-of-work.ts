// `npm run bench:pow`: what the proof of work on anonymous forms costs. The solve (2^bits SHA-256 on average) in Node
// and, when Chromium is installed, in a browser running the real app.js, as milliseconds and as a ratio to one SHA-256
// of a challenge measured in the same run; and what the server pays to check a post (MAC, one hash, one insert into
// the spent table on SQLite). A phone is several times slower than this machine's Chromium: see docs/PERFORMANCE.md.
// Options: --bits 15 --solves 100 --browser-solves 30 --checks 2000.
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { loadConfig } from '../src/config.ts';
import { connect } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { createProofOfWork, issueChallenge, meetsDifficulty, readChallenge, solveChallenge } from '../src/platform/proof-of-work/index.ts';

const { values: args } = parseArgs({
  options: {
    bits: { type: 'string', default: String(loadConfig({ NODE_ENV: 'test' }).proofOfWork.difficultyBits) },
    solves: { type: 'string', default: '100' },
    'browser-solves': { type: 'string', default: '30' },
    checks: { type: 'string', default: '2000' },
  },
});
const bits = Number(args.bits);
const solves = Number(args.solves);
const browserSolves = Number(args['browser-solves']);
const checks = Number(args.checks);
const secret = 'bench-session-secret-bench-session-secret';
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Mean, median and 95th percentile of a sample (solve times are geometric: the mean is what matters, the tail is long). */
function summary(values: number[]): { mean: number; median: number; p95: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    mean: values.reduce((sum, v) => sum + v, 0) / values.length,
    median: sorted[Math.floor(sorted.length / 2)]!,
    p95: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!,
  };
}

/** Milliseconds per call, over `runs` calls after a few discarded warm-up calls. */
function perCall(runs: number, fn: (i: number) => unknown): number {
  for (let i = 0; i < Math.min(50, runs); i += 1) fn(i);
  const startedAt = performance.now();
  for (let i = 0; i < runs; i += 1) fn(i);
  return (performance.now() - startedAt) / runs;
}

// Baseline: one SHA-256 of "<challenge>:<counter>", the unit of work both sides count in.
const sample = issueChallenge(secret, new Date(), bits);
const hashMs = perCall(200_000, (i) => createHash('sha256').update(`${sample}:${i}`).digest());

// The solve in Node: how an attacker's script that bothers to solve (rather than wait) pays per request.
const nodeSolves: number[] = [];
const nodeTries: number[] = [];
for (let i = 0; i < solves; i += 1) {
  const challenge = issueChallenge(secret, new Date(), bits);
  const startedAt = performance.now();
  const solution = solveChallenge(challenge, bits);
  nodeSolves.push(performance.now() - startedAt);
  nodeTries.push(Number(solution) + 1);
}

// The solve in Chromium with the real app.js, on a page shaped like a form the app renders (127.0.0.1 is a secure
// context, so crypto.subtle is there as it is on https).
async function solveInBrowser(): Promise<{ times: number[]; tries: number[] } | undefined> {
  if (!existsSync(chromiumPath) || browserSolves === 0) return undefined;
  const script = readFileSync(new URL('../src/views/assets/app.js', import.meta.url));
  const server = http.createServer((request, response) => {
    if (request.url === '/app.js') return response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    const challenge = issueChallenge(secret, new Date(), bits);
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
      `<!doctype html><title>bench</title><form method="post"><input type="hidden" name="_pow_challenge" value="${challenge}" `
      + `data-pow-bits="${bits}" data-pow-waiting="…"><input type="hidden" name="_pow_solution" value=""></form><script src="/app.js" defer></script>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    const times: number[] = [];
    const tries: number[] = [];
    for (let i = 0; i < browserSolves; i += 1) {
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { waitUntil: 'domcontentloaded' });
      // From when deferred scripts start (domInteractive) to the solution being in the form.
      const handle = await page.waitForFunction(`(() => {
        const value = document.querySelector('input[name=_pow_solution]').value;
        return value && [value, document.querySelector('input[name=_pow_challenge]').value,
          performance.now() - performance.getEntriesByType('navigation')[0].domInteractive];
      })()`, undefined, { polling: 5, timeout: 120_000 });
      const [solution, challenge, ms] = (await handle.jsonValue()) as [string, string, number];
      if (!meetsDifficulty(challenge, solution, bits)) throw new Error(`app.js gave a wrong solution ${solution}: no figures`);
      times.push(ms);
      tries.push(Number(solution) + 1);
    }
    return { times, tries };
  } finally {
    await browser.close();
    server.close();
  }
}
const inBrowser = await solveInBrowser();

// What the server pays per post: reading the challenge (MAC) and checking the solution, then the same with the
// insert into the spent table (SQLite in memory, so the figure is the code's, not a disk's).
const checked = Array.from({ length: checks }, () => {
  const challenge = issueChallenge(secret, new Date(), 8);
  return { challenge, solution: solveChallenge(challenge, 8) };
});
const verifyMs = perCall(checks, (i) => {
  const { challenge, solution } = checked[i % checks]!;
  if (readChallenge(secret, challenge, new Date()).kind !== 'valid' || !meetsDifficulty(challenge, solution, 8)) throw new Error('verify failed: no figures');
});
const { db, close } = connect({ kind: 'sqlite', file: ':memory:' });
await migrateToLatest(db);
const pow = createProofOfWork(db, { siteSecret: secret, difficultyBits: 8, waitMs: 3000 });
const warmups = Array.from({ length: 50 }, () => {
  const challenge = issueChallenge(secret, new Date(), 8);
  return { challenge, solution: solveChallenge(challenge, 8) };
});
for (const sent of warmups) await pow.check(sent, new Date());
const checksStartedAt = performance.now();
for (const sent of checked) {
  const { verdict } = await pow.check(sent, new Date());
  if (verdict !== 'solved') throw new Error(`check said ${verdict}: no figures`);
}
const checkMs = (performance.now() - checksStartedAt) / checks;
await close();

const fmt = (n: number) => (n < 0.1 ? n.toFixed(4) : n < 10 ? n.toFixed(2) : n.toFixed(0));
const thousands = (n: number) => Math.round(n).toLocaleString('en');
/** One row of the solve table; hashes per second = attempts made / time taken, the figure to scale to other devices. */
function solveRow(what: string, times: number[], tries: number[]): string {
  const { mean, median, p95 } = summary(times);
  const rate = tries.reduce((sum, n) => sum + n, 0) / (times.reduce((sum, n) => sum + n, 0) / 1000);
  return `| ${what} | ${fmt(mean)} | ${fmt(median)} | ${fmt(p95)} | ${thousands(summary(tries).mean)} | ${thousands(rate)} | ${thousands(mean / hashMs)} |`;
}
console.log(`Proof of work at ${bits} bits (2^${bits} = ${thousands(2 ** bits)} hashes expected per solve)`);
console.log(`Baseline: one SHA-256 of a challenge in Node: ${(hashMs * 1000).toFixed(2)} µs`);
console.log('');
console.log('| solve | mean ms | median ms | p95 ms | mean attempts | hashes/s | mean × one SHA-256 in Node |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
console.log(solveRow(`Node, createHash (${solves} challenges)`, nodeSolves, nodeTries));
console.log(inBrowser
  ? solveRow(`Chromium, app.js with crypto.subtle (${browserSolves} pages)`, inBrowser.times, inBrowser.tries)
  : `| Chromium: not measured (no browser at ${chromiumPath}, or --browser-solves 0) | | | | | | |`);
console.log('');
console.log(`| server, per post (${checks} posts) | µs | × one SHA-256 |`);
console.log('|---|---:|---:|');
console.log(`| read the challenge (HMAC) and check the solution (one SHA-256) | ${(verifyMs * 1000).toFixed(1)} | ${(verifyMs / hashMs).toFixed(1)}× |`);
console.log(`| the whole check, with the insert into spent_challenges (SQLite, in memory) | ${(checkMs * 1000).toFixed(1)} | ${(checkMs / hashMs).toFixed(1)}× |`);
