import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import type { KeyObject } from 'node:crypto';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { createStaffUser } from '../../../test/support/staff.ts';
import { unwrapPrivateKey } from '../../platform/crypto/index.ts';
import type { Db } from '../../db/database.ts';
import { analysisFixture, openedInput, type AnalysisFixture } from '../analysis/analysis-test-setup.ts';
import { applyCode, type OpenedInput } from '../analysis/index.ts';
import { coOccurrence } from './co-occurrence.ts';

async function privateKeyOf(db: Db, id: string, password: string): Promise<KeyObject> {
  const row = await db.selectFrom('staff_users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  return unwrapPrivateKey({ wrapped: Buffer.from(row.wrapped_private_key!), salt: Buffer.from(row.kek_salt!) }, password);
}

describeEachEngine('codes that come together', (database) => {
  let fixture: AnalysisFixture;
  let reader: { id: string; privateKey: KeyObject };

  before(async () => {
    const { db } = database();
    fixture = await analysisFixture(db);
    const text = 'Regional and transnational networks under surveillance, then a funding cut.';
    const code = async (input: OpenedInput, ...keys: string[]) => {
      for (const [i, key] of keys.entries()) {
        const outcome = await applyCode(fixture.deps, input, fixture.staffId, { codeId: fixture.codes[key]!, partRef: fixture.textRef, field: 'text', start: i, end: i + 5 });
        assert.equal(outcome.kind, 'applied');
      }
    };
    // Surveillance twice on the first input: an input counts once per code.
    await code(await openedInput(fixture, text), 'surveillance', 'defunding', 'network-regional', 'surveillance');
    await code(await openedInput(fixture, text), 'surveillance', 'defunding');
    await code(await openedInput(fixture, text), 'surveillance');
    await openedInput(fixture, text);
    reader = { id: fixture.staffId, privateKey: await privateKeyOf(db, fixture.staffId, 'correct horse battery staple') };
  });

  it('counts, for each pair of codes, the inputs carrying both, and each code’s own inputs', async () => {
    const result = await coOccurrence(fixture.deps, reader, fixture.call.id);
    const { codes } = fixture;
    assert.equal(result.readable, 4);
    assert.equal(result.unreadable, 0);
    assert.deepEqual(Object.fromEntries(result.byCode), { [codes.surveillance!]: 3, [codes.defunding!]: 2, [codes['network-regional']!]: 1 });
    // The pair's first code is the one with fewer inputs: "both of defunding's inputs also report surveillance".
    assert.deepEqual(result.pairs[0], { a: codes.defunding, b: codes.surveillance, inputs: 2 });
    assert.equal(result.pairs.length, 3);
    assert.deepEqual(result.pairs.slice(1).map((p) => [p.a, p.inputs]), [[codes['network-regional'], 1], [codes['network-regional'], 1]]);
  });

  it('counts apart the inputs the reader cannot open, and a reader without a key opens none', async () => {
    const { db } = database();
    const late = await createStaffUser(db, { role: 'admin' });
    await openedInput(fixture, 'Sealed to the late member as well.');
    const lateReader = { id: late.id, privateKey: await privateKeyOf(db, late.id, late.password) };
    const result = await coOccurrence(fixture.deps, lateReader, fixture.call.id);
    assert.deepEqual([result.readable, result.unreadable, result.pairs.length], [1, 4, 0]);
    const keyless = await coOccurrence(fixture.deps, { id: fixture.staffId, privateKey: null }, fixture.call.id);
    assert.deepEqual([keyless.readable, keyless.unreadable], [0, 5]);
  });
});
