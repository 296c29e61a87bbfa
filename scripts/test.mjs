// `npm test`: type check, translation check, then every *.test.ts and *.test.tsx under src/ and test/, passed to
// node's test runner by name (on Node 20 a folder argument finds no .ts files and "passes" having run nothing).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

function testFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === 'node_modules') return [];
    if (statSync(full).isDirectory()) return testFiles(full);
    return /\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const only = process.argv.slice(2);
const files = only.length ? only : [...testFiles('src'), ...testFiles('test')].sort();
if (!files.length) {
  console.error('No test files found');
  process.exit(1);
}
if (!only.length) {
  run('npx', ['--no-install', 'tsc', '--noEmit']);
  run('node', ['--import', 'tsx', 'src/i18n/check-keys.ts']);
}
// The timeout applies to each test file as a whole too: a browser journey file (two journeys, each a few dozen
// pages with axe) needs minutes on a busy 2-core machine. Ten minutes still stops a hung test well within CI's 30.
run('node', ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-timeout=600000', ...files]);
