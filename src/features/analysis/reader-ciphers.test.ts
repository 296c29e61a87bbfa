import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import type { KeyObject } from 'node:crypto';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { createStaffUser } from '../../../test/support/staff.ts';
import { unwrapPrivateKey } from '../../platform/crypto/index.ts';
import { analysisFixture, openedInput, type AnalysisFixture } from './analysis-test-setup.ts';
import { readerCiphers } from './reader-ciphers.ts';

describeEachEngine('opening many inputs for one reader', (database) => {
  let f: AnalysisFixture;
  let privateKey: KeyObject;
  before(async () => {
    const { db } = database();
    f = await analysisFixture(db);
    const row = await db.selectFrom('staff_users').selectAll().where('id', '=', f.staffId).executeTakeFirstOrThrow();
    privateKey = await unwrapPrivateKey({ wrapped: Buffer.from(row.wrapped_private_key!), salt: Buffer.from(row.kek_salt!) }, 'correct horse battery staple');
  });

  it('opens the inputs sealed to the reader, and stops the moment a box is taken away or replaced, opened before or not', async () => {
    const { db } = database();
    const [a, b, c] = [await openedInput(f, 'One.'), await openedInput(f, 'Two.'), await openedInput(f, 'Three.')];
    const ids = [a, b, c].map((input) => input.input.id);
    const reader = { id: f.staffId, privateKey };
    const first = await readerCiphers(f.deps, reader, ids);
    assert.deepEqual([...first.keys()].sort(), [...ids].sort());
    const stored = await db.selectFrom('submissions').select('sealed_content').where('id', '=', a.input.id).executeTakeFirstOrThrow();
    assert.equal(first.get(a.input.id)!.openContent(Buffer.from(stored.sealed_content!)).answers[f.textRef]?.text, 'One.', 'the cipher opens the input');

    // As when a recipient is unassigned: the box goes, and with it the reader's way in, though it was opened before.
    await db.deleteFrom('input_key_boxes').where('submission_id', '=', b.input.id).where('holder', '=', f.staffId).execute();
    // A box made for another key pair (as after a key change) does not open with this one.
    const other = await createStaffUser(db, { role: 'admin' });
    const later = await openedInput(f, 'Four.');
    const othersBox = await db.selectFrom('input_key_boxes').select('box').where('submission_id', '=', later.input.id).where('holder', '=', other.id).executeTakeFirstOrThrow();
    await db.updateTable('input_key_boxes').set({ box: othersBox.box }).where('submission_id', '=', c.input.id).where('holder', '=', f.staffId).execute();
    assert.deepEqual([...(await readerCiphers(f.deps, reader, ids)).keys()], [a.input.id]);
    assert.equal((await readerCiphers(f.deps, { id: f.staffId, privateKey: null }, ids)).size, 0, 'no key in the session, nothing opens');
  });
});
