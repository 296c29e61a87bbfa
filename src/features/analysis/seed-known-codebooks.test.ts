import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { createTestCall } from '../../../test/support/factories.ts';
import { findCallBySlug, seedCalls } from '../calls/index.ts';
import { hrc56Codebook } from './codebook/index.ts';
import { listCodebook } from './list-codebook.ts';
import { seedKnownCodebooks } from './seed-known-codebooks.ts';

describeEachEngine('codebooks seeded at start', (database) => {
  it('gives the HRC56 call its codebook once, and other calls none', async () => {
    const { db } = database();
    await seedCalls(db, new Date('2026-11-23T10:00:00Z'));
    const other = await createTestCall(db, { referenceCode: 'OTHER' });
    assert.equal(await seedKnownCodebooks(db), hrc56Codebook.codes.length);
    assert.equal(await seedKnownCodebooks(db), 0, 'a second start adds nothing');
    const hrc56 = await findCallBySlug(db, 'hrc56-civil-society-solidarity');
    const codes = (await listCodebook(db, hrc56!.id)).flatMap((category) => category.codes);
    assert.equal(codes.length, hrc56Codebook.codes.length);
    assert.deepEqual(await listCodebook(db, other.id), []);
  });
});
