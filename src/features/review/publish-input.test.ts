import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { createSubmittedInput, createTestCall, tinyPdf } from '../../../test/support/factories.ts';
import { TestClock } from '../../../test/support/test-app.ts';
import { publishInput } from './publish-input.ts';
import { withdrawPublication } from './withdraw-publication.ts';

describeEachEngine('publishInput and withdrawPublication', (database) => {
  let invalidations = 0;
  const pages = { invalidate: () => { invalidations += 1; } };
  const deps = () => ({ db: database().db, clock: new TestClock(new Date('2026-12-01T09:00:00Z')), publicPages: pages });
  const attachment = { filename: 'letter.pdf', mediaType: 'application/pdf', data: tinyPdf() };

  it('copies a named input with its files in one go, and updates it when published again', async () => {
    const { db } = database();
    const call = await createTestCall(db);
    const input = await createSubmittedInput(db, call, { name: 'Named Org', consent: 'public-named', attachment, countries: ['KE', 'GH'] });
    const before = invalidations;
    assert.deepEqual(await publishInput(deps(), input.id), { kind: 'published', mode: 'named' });
    assert.equal(invalidations, before + 1);
    const row = await db.selectFrom('publications').selectAll().where('submission_id', '=', input.id).executeTakeFirstOrThrow();
    assert.equal(row.display_name, 'Named Org');
    assert.equal(row.published_on, '2026-12-01');
    assert.deepEqual(JSON.parse(row.countries), ['KE', 'GH']);
    const content = JSON.parse(row.content);
    assert.equal(content.attachments.length, 1);
    assert.ok(!JSON.stringify(content).includes('@example.org'));
    const files = await db.selectFrom('published_attachments').selectAll().where('submission_id', '=', input.id).execute();
    assert.equal(files.length, 1);
    assert.ok(Buffer.from(files[0]!.data).equals(attachment.data));

    const later = { ...deps(), clock: new TestClock(new Date('2026-12-09T09:00:00Z')) };
    assert.equal((await publishInput(later, input.id)).kind, 'published');
    const again = await db.selectFrom('publications').selectAll().where('submission_id', '=', input.id).execute();
    assert.equal(again.length, 1);
    assert.equal(again[0]!.published_on, '2026-12-01', 'the first publication day is kept');
    assert.equal((await db.selectFrom('published_attachments').select('id').where('submission_id', '=', input.id).execute()).length, 1);
  });

  it('publishes an anonymous input without name, co-signers or files', async () => {
    const { db } = database();
    const call = await createTestCall(db);
    const input = await createSubmittedInput(db, call, { name: 'Hidden Org', consent: 'public-anonymous', attachment });
    assert.deepEqual(await publishInput(deps(), input.id), { kind: 'published', mode: 'anonymous' });
    const row = await db.selectFrom('publications').selectAll().where('submission_id', '=', input.id).executeTakeFirstOrThrow();
    assert.equal(row.display_name, null);
    assert.ok(!row.content.includes('Hidden Org'));
    assert.deepEqual(JSON.parse(row.content).coSigners, []);
    assert.deepEqual(JSON.parse(row.content).attachments, []);
    assert.equal((await db.selectFrom('published_attachments').select('id').where('submission_id', '=', input.id).execute()).length, 0);
  });

  it('refuses an input whose author declined publication, and an unknown one', async () => {
    const { db } = database();
    const call = await createTestCall(db);
    const input = await createSubmittedInput(db, call, { consent: 'do-not-publish', attachment });
    assert.deepEqual(await publishInput(deps(), input.id), { kind: 'refused' });
    assert.deepEqual(await publishInput(deps(), 'no-such-input'), { kind: 'not-found' });
    assert.equal((await db.selectFrom('publications').select('submission_id').where('submission_id', '=', input.id).execute()).length, 0);
  });

  it('withdraws the publication and its files together', async () => {
    const { db } = database();
    const call = await createTestCall(db);
    const input = await createSubmittedInput(db, call, { consent: 'public-named', attachment });
    await publishInput(deps(), input.id);
    assert.equal(await withdrawPublication(deps(), input.id), true);
    assert.equal((await db.selectFrom('publications').select('submission_id').where('submission_id', '=', input.id).execute()).length, 0);
    assert.equal((await db.selectFrom('published_attachments').select('id').where('submission_id', '=', input.id).execute()).length, 0);
    assert.equal(await withdrawPublication(deps(), input.id), false);
  });
});
