import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { confirmedMember, named } from '../../../test/support/discussions.ts';
import { addToOrganisation, createTestNetwork, organisationWithAdmin } from '../../../test/support/network.ts';
import { describeEachEngine, type TestDatabase } from '../../../test/support/engines.ts';
import { MemoryMailer, TestClock, testConfig } from '../../../test/support/test-app.ts';
import { connect, type Connection } from '../../db/connect.ts';
import type { Db } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { saveNotificationChoices } from './notification-settings.ts';
import type { DiscussionDeps } from './notify-after-post.ts';
import { sendDailyDigest } from './send-daily-digest.ts';
import { startThread } from './start-thread.ts';

type Deps = DiscussionDeps & { mailer: MemoryMailer; clock: TestClock };
const depsOn = (db: Db): Deps => ({ db, mailer: new MemoryMailer(), config: testConfig(), clock: new TestClock() });

/** Two connections to one database, as two app instances sharing it would have. */
async function twoInstances(database: TestDatabase): Promise<{ a: Connection; b: Connection; close(): Promise<void> }> {
  if (database.url) {
    const [a, b] = [connect({ kind: 'postgres', url: database.url }), connect({ kind: 'postgres', url: database.url })];
    return { a, b, close: async () => { await a.close(); await b.close(); } };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'digest-race-'));
  const file = path.join(dir, 'shared.sqlite');
  const a = connect({ kind: 'sqlite', file });
  await migrateToLatest(a.db);
  const b = connect({ kind: 'sqlite', file });
  return { a, b, close: async () => { await a.close(); await b.close(); rmSync(dir, { recursive: true, force: true }); } };
}

async function scenario(db: Db) {
  const deps = depsOn(db);
  const reader = await confirmedMember(db, 'Reader');
  const writer = await confirmedMember(db, 'Writer');
  await saveNotificationChoices(deps, reader.id, 'es', { onReply: false, onMention: false, dailyDigest: true, places: ['forum:housing', 'forum:unknown'] });
  deps.clock.set('2026-11-30T23:59:00Z'); // the day before: outside the digest of 2 December
  await startThread(deps, { kind: 'forum', theme: 'housing' }, named(writer.id), { title: 'Too old', body: 'x', language: 'en' });
  deps.clock.set('2026-12-01T08:00:00Z');
  await startThread(deps, { kind: 'forum', theme: 'housing' }, named(writer.id), { title: 'Squats in Madrid', body: 'x', language: 'es' });
  await startThread(deps, { kind: 'forum', theme: 'environment' }, named(writer.id), { title: 'Not followed', body: 'x', language: 'en' });
  await startThread(deps, { kind: 'forum', theme: 'housing' }, named(reader.id), { title: 'My own thread', body: 'x', language: 'en' });
  deps.clock.set('2026-12-02T00:30:00Z');
  await startThread(deps, { kind: 'forum', theme: 'housing' }, named(writer.id), { title: 'For tomorrow', body: 'x', language: 'en' });
  return { reader, writer, deps };
}

describeEachEngine('sendDailyDigest', (database) => {
  let instances: Awaited<ReturnType<typeof twoInstances>>;
  before(async () => {
    instances = await twoInstances(database());
  });
  after(() => instances.close());

  it('sends each subscriber yesterday’s new threads in the places they follow, in their language, titles and links only', async () => {
    const { reader, deps } = await scenario(database().db);
    const run = await sendDailyDigest(deps, new Date('2026-12-02T06:00:00Z'));
    assert.deepEqual(run, { day: '2026-12-02', sent: 1, failed: 0 });
    const [mail] = deps.mailer.sent;
    assert.equal(mail!.to, reader.email);
    assert.equal(mail!.language, 'es');
    assert.match(mail!.text, /Squats in Madrid\n {2}http:\/\/[^\s]+\/forums\/housing\/threads\/[\w-]+/);
    for (const absent of ['Too old', 'Not followed', 'My own thread', 'For tomorrow']) assert.doesNotMatch(mail!.text, new RegExp(absent));
    assert.match(mail!.text, /\/account\/notifications\/unsubscribe\/[^\s]+\.digest\./);
    assert.equal((await sendDailyDigest(deps, new Date('2026-12-02T18:00:00Z'))).sent, 0, 'once per day');
  });

  it('sends nothing to members who did not opt in', async () => {
    const deps = depsOn(database().db);
    const quiet = await confirmedMember(deps.db, 'Quiet');
    await saveNotificationChoices(deps, quiet.id, 'en', { onReply: true, onMention: true, dailyDigest: false, places: ['forum:housing'] });
    await sendDailyDigest(deps, new Date('2026-12-02T07:00:00Z'));
    assert.ok(!deps.mailer.sent.some((m) => m.to === quiet.email));
  });

  it('gives the day back when the mail fails, so a later run sends it', async () => {
    const { reader, deps } = await scenario(database().db);
    deps.mailer.failNext = true;
    assert.deepEqual(await sendDailyDigest(deps, new Date('2026-12-02T06:00:00Z')), { day: '2026-12-02', sent: 0, failed: 1 });
    await sendDailyDigest(deps, new Date('2026-12-02T06:15:00Z'));
    assert.deepEqual(deps.mailer.sent.map((m) => m.to), [reader.email]);
  });

  it('covers a network’s new threads only while the reader belongs to it, without naming the network', async () => {
    const deps = depsOn(database().db);
    const { organisation, admin } = await organisationWithAdmin(deps.db);
    const network = await createTestNetwork(deps.db, admin, organisation, { name: 'Secret Coalition', visibility: 'private' });
    const reader = await confirmedMember(deps.db, 'Network reader');
    await addToOrganisation(deps.db, organisation.id, reader.id);
    await saveNotificationChoices(deps, reader.id, 'en', { onReply: false, onMention: false, dailyDigest: true, places: [`network:${network.id}`] });
    deps.clock.set('2026-12-05T10:00:00Z');
    await startThread(deps, { kind: 'network', networkId: network.id }, named(admin.id), { title: 'Next action', body: 'x', language: 'en' });
    await sendDailyDigest(deps, new Date('2026-12-06T05:00:00Z'));
    const [mail] = deps.mailer.sent;
    assert.match(mail!.text, /In your networks\n- Next action\n {2}\S+\/networks\//);
    assert.doesNotMatch(mail!.text, /Secret Coalition/);
    await deps.db.deleteFrom('organisation_members').where('member_id', '=', reader.id).execute();
    deps.clock.set('2026-12-06T10:00:00Z');
    await startThread(deps, { kind: 'network', networkId: network.id }, named(admin.id), { title: 'After leaving', body: 'x', language: 'en' });
    await sendDailyDigest(deps, new Date('2026-12-07T05:00:00Z'));
    assert.equal(deps.mailer.sent.length, 1, 'nothing once the reader has left the network');
  });

  it('sends one digest per member and day when two instances run at the same moment', async () => {
    const { a, b } = instances;
    const { reader } = await scenario(a.db);
    const [first, second] = [depsOn(a.db), depsOn(b.db)];
    const now = new Date('2026-12-02T06:00:00Z');
    const runs = await Promise.all([sendDailyDigest(first, now), sendDailyDigest(second, now), sendDailyDigest(first, now), sendDailyDigest(second, now)]);
    assert.equal(runs.reduce((sum, run) => sum + run.sent, 0), 1);
    assert.deepEqual([...first.mailer.sent, ...second.mailer.sent].map((m) => m.to), [reader.email]);
  });
});
