import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { composeEmail, writeMbox } from '../../../test/support/mail.ts';
import { createStaffUser, type TestStaff } from '../../../test/support/staff.ts';
import { TestClock, testConfig } from '../../../test/support/test-app.ts';
import { unlockStaffKey } from '../accounts/staff-keys.ts';
import { importMailbox } from './import-mailbox.ts';
import { listMessagesToSort } from './kept-messages.ts';
import { resealKeptMessages } from './reseal-kept-messages.ts';

describeEachEngine('messages to sort follow the administrators', (database) => {
  const config = testConfig();
  const deps = () => ({ db: database().db, clock: new TestClock(), config });
  let first: TestStaff;
  let dir: string;

  before(async () => {
    first = await createStaffUser(database().db, { role: 'admin' });
    dir = await mkdtemp(path.join(os.tmpdir(), 'isp-reseal-'));
    const mbox = path.join(dir, 'unmatched.mbox');
    await writeMbox(mbox, [await composeEmail({ from: 'A <a@b.org>', to: 'nobody@example.org', subject: 'No call named here', text: 'Kept to sort.' })]);
    await importMailbox(deps(), { callName: null, mailboxPath: mbox });
  });
  after(() => rm(dir, { recursive: true, force: true }));

  const readable = async (staff: TestStaff) => {
    const privateKey = await unlockStaffKey(database().db, staff.id, staff.password);
    return (await listMessagesToSort(deps(), { id: staff.id, privateKey })).map((m) => m.summary?.subject ?? null);
  };

  it('seals to an administrator appointed later once one who holds the key signs in, and unseals from a former one', async () => {
    const second = await createStaffUser(database().db, { role: 'admin' });
    assert.deepEqual(await readable(second), [null], 'appointed after the import: no key yet');
    const firstKey = await unlockStaffKey(database().db, first.id, first.password);
    assert.deepEqual(await resealKeptMessages(deps(), { userId: first.id, privateKey: firstKey }), { sealed: 1, removed: 0 });
    assert.deepEqual(await readable(second), ['No call named here']);

    await database().db.updateTable('staff_users').set({ role: 'recipient' }).where('id', '=', first.id).execute();
    const secondKey = await unlockStaffKey(database().db, second.id, second.password);
    assert.deepEqual(await resealKeptMessages(deps(), { userId: second.id, privateKey: secondKey }), { sealed: 0, removed: 1 });
    assert.deepEqual(await readable(first), [null], 'no longer an administrator: the box is gone');
    assert.deepEqual(await readable(second), ['No call named here']);
  });
});
