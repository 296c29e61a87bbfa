import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, it, type TestContext } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { createTestCall } from '../../../test/support/factories.ts';
import { composeEmail, writeEmlFolder } from '../../../test/support/mail.ts';
import { createStaffUser } from '../../../test/support/staff.ts';
import { TestClock, testConfig } from '../../../test/support/test-app.ts';
import type { CallWithQuestionnaires } from '../calls/index.ts';
import { importMailboxCommand } from './import-mail-command.ts';

/** Runs the command, returning its exit code and everything it printed. */
async function run(t: TestContext, deps: Parameters<typeof importMailboxCommand>[0], args: string[]) {
  const printed: string[] = [];
  t.mock.method(console, 'log', (line: string) => printed.push(line));
  t.mock.method(console, 'error', (line: string) => printed.push(line));
  const code = await importMailboxCommand(deps, args);
  t.mock.restoreAll();
  return { code, output: printed.join('\n') };
}

describeEachEngine('npm run import-mail', (database) => {
  let call: CallWithQuestionnaires;
  let dir: string;
  // One configuration: fingerprints are keyed by the site secret, which each testConfig() invents anew.
  const config = testConfig();
  const deps = () => ({ db: database().db, clock: new TestClock(), config });

  before(async () => {
    await createStaffUser(database().db, { role: 'admin' });
    call = await createTestCall(database().db, { referenceCode: 'CLI' });
    dir = await mkdtemp(path.join(os.tmpdir(), 'isp-cli-'));
    await writeEmlFolder(dir, [
      await composeEmail({ from: 'A <a@network-a.org>', to: call.contactEmail, subject: 'Our input', text: 'Question 1\nRegional networks of many kinds.' }),
      await composeEmail({ from: 'B <b@network-b.org>', to: call.contactEmail, subject: 'Our input', text: 'Question 1\nTransnational networks too.' }),
    ]);
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('explains its usage, and refuses a call it does not know', async (t) => {
    const usage = await run(t, deps(), []);
    assert.equal(usage.code, 2);
    assert.match(usage.output, /Usage: npm run import-mail -- \[--call/);
    const unknown = await run(t, deps(), ['--call', 'NOPE', dir]);
    assert.equal(unknown.code, 2);
    assert.match(unknown.output, /No call is named "NOPE"/);
  });

  it('imports a folder of .eml files into the call named by its reference code, then reports duplicates on a second run', async (t) => {
    const first = await run(t, deps(), ['--call', 'cli', dir]);
    assert.equal(first.code, 0, first.output);
    assert.match(first.output, /Imported 2 messages: 2 imported, 0 duplicates, 0 to sort, 0 failed\./);
    const second = await run(t, deps(), ['--call', call.slug, dir]);
    assert.match(second.output, /2 messages: 0 imported, 2 duplicates/);
  });
});
