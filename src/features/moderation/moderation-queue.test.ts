import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { createMember } from '../../../test/support/member.ts';
import { createTestNetwork, organisationWithAdmin } from '../../../test/support/network.ts';
import { createStaffUser } from '../../../test/support/staff.ts';
import { TestClock } from '../../../test/support/test-app.ts';
import { listActions } from './actions.repository.ts';
import { decisionContext } from './decision-context.ts';
import { dismissReports } from './dismiss-reports.ts';
import { hideContent } from './hide-content.ts';
import { testDeps, testKind } from './moderation-test-kind.ts';
import type { Moderator } from './moderation.ts';
import { loadQueue } from './queue.ts';
import { moderationRegistry } from './registry.ts';
import { reportItem } from './report-item.ts';
import { restoreContent } from './restore-content.ts';

describeEachEngine('moderation queue and decisions', (database) => {
  const clock = new TestClock();
  const notes = testKind();
  const registry = moderationRegistry([notes]);
  const db = () => database().db;
  const deps = () => testDeps(db(), clock);
  let staff: Moderator;
  let coordinator: Moderator & { kind: 'coordinator' };
  let otherCoordinator: Moderator;
  let reporters: string[];
  let networkId: string;
  let otherNetworkId: string;
  let coordinatorOrganisationId: string;
  const coordinatorPseudonym = 'C'.repeat(32);

  before(async () => {
    const founder = await organisationWithAdmin(db());
    const other = await organisationWithAdmin(db());
    networkId = (await createTestNetwork(db(), founder.admin, founder.organisation)).id;
    otherNetworkId = (await createTestNetwork(db(), other.admin, other.organisation)).id;
    coordinatorOrganisationId = founder.organisation.id;
    coordinator = { kind: 'coordinator', memberId: founder.admin.id, holdsPseudonym: (_context, id) => id === coordinatorPseudonym };
    otherCoordinator = { kind: 'coordinator', memberId: other.admin.id, holdsPseudonym: () => false };
    staff = { kind: 'staff', staffId: (await createStaffUser(db(), { role: 'admin' })).id };
    reporters = await Promise.all([1, 2, 3].map(async () => (await createMember(db())).id));
  });

  const report = (reporter: string, id: string, reason = 'harassment') => reportItem(db(), registry, reporter, 'note', id, { reason, note: '' }, clock.now());
  const queued = async (moderator: Moderator) => (await loadQueue(db(), registry, moderator)).map((e) => [e.kase.itemId, e.kase.pendingReports]);

  it('refuses a report without a reason from the list, and one about nothing that exists', async () => {
    notes.add('n0', { scope: { networkId }, author: null });
    const refused = await reportItem(db(), registry, reporters[0]!, 'note', 'n0', { reason: 'rude', note: '' }, clock.now());
    assert.equal(refused.kind, 'invalid');
    assert.deepEqual(refused.kind === 'invalid' && refused.errors.reason, { key: 'moderation.error-reason-required' });
    assert.equal((await report(reporters[0]!, 'missing')).kind, 'not-found');
    assert.equal((await reportItem(db(), registry, reporters[0]!, 'unknown-kind', 'n0', { reason: 'spam', note: '' }, clock.now())).kind, 'not-found');
  });

  it('groups reports about one item as one entry, counting people, not reports', async () => {
    const member = (await createMember(db())).id;
    notes.add('n1', { scope: { networkId }, author: { kind: 'member', memberId: member } });
    for (const reporter of reporters) assert.equal((await report(reporter, 'n1')).kind, 'reported');
    await report(reporters[0]!, 'n1', 'spam'); // the same person again changes their report
    assert.deepEqual(await queued(coordinator), [['n1', 3]]);
    const [entry] = await loadQueue(db(), registry, staff);
    assert.deepEqual(entry!.reasons, [['harassment', 2], ['spam', 1]]);
  });

  it('shows a coordinator their networks’ reports only, and staff everything', async () => {
    notes.add('elsewhere', { scope: { networkId: otherNetworkId }, author: null });
    notes.add('forum', { scope: 'platform', author: null });
    await report(reporters[1]!, 'elsewhere');
    await report(reporters[1]!, 'forum');
    assert.deepEqual((await queued(coordinator)).map(([id]) => id), ['n1']);
    assert.deepEqual((await queued(otherCoordinator)).map(([id]) => id), ['elsewhere']);
    assert.deepEqual((await queued(staff)).map(([id]) => id).sort(), ['elsewhere', 'forum', 'n1']);
    const forumCase = (await loadQueue(db(), registry, staff)).find((e) => e.kase.itemId === 'forum')!.kase.id;
    assert.equal(await decisionContext(db(), registry, coordinator, forumCase), undefined, 'a coordinator cannot decide on a public forum');
  });

  it('hides with a recorded reason, answers the reports, and restores with a note', async () => {
    const caseId = (await loadQueue(db(), registry, coordinator))[0]!.kase.id;
    const noReason = await hideContent(deps(), registry, coordinator, caseId, { reason: '', note: '' });
    assert.deepEqual(noReason.kind === 'invalid' && noReason.errors.hideReason, { key: 'moderation.error-reason-required' });
    assert.equal((await hideContent(deps(), registry, otherCoordinator, caseId, { reason: 'harassment', note: '' })).kind, 'not-found');
    assert.equal((await hideContent(deps(), registry, coordinator, caseId, { reason: 'harassment', note: 'Repeated insults.' })).kind, 'done');
    assert.deepEqual([notes.items.get('n1')!.hidden, notes.items.get('n1')!.hiddenReason], [true, 'harassment']);
    assert.deepEqual(await queued(coordinator), [], 'the hiding answered every pending report');
    assert.equal((await hideContent(deps(), registry, staff, caseId, { reason: 'spam', note: '' })).kind, 'unchanged');
    clock.set('2026-11-24T10:00:00Z');
    const withoutNote = await restoreContent(deps(), registry, coordinator, caseId, ' ');
    assert.deepEqual(withoutNote.kind === 'invalid' && withoutNote.errors.restoreNote, { key: 'moderation.error-note-required' });
    assert.equal((await restoreContent(deps(), registry, staff, caseId, 'Criticism of a ministry, protected.')).kind, 'done');
    assert.equal(notes.items.get('n1')!.hidden, false);
    const actions = await listActions(db(), caseId);
    assert.deepEqual(actions.map((a) => [a.action, a.reason, a.moderatorMemberId !== null, a.moderatorStaffId !== null]), [
      ['hide', 'harassment', true, false], ['restore', null, false, true],
    ]);
    const audit = await db().selectFrom('audit_events').select(['action', 'subject_id']).where('action', 'like', 'moderation-%').execute();
    assert.deepEqual(audit, [{ action: 'moderation-restored', subject_id: caseId }], 'staff decisions reach the audit log; a coordinator is not staff');
  });

  it('never lets a coordinator moderate what they, their pseudonym or their organisation wrote: staff do', async () => {
    notes.add('own', { scope: { networkId }, author: { kind: 'member', memberId: coordinator.memberId } });
    notes.add('own-pseudonym', { scope: { networkId }, author: { kind: 'pseudonym', pseudonymId: coordinatorPseudonym, label: 'Participant CCCC-CC', context: `network:${networkId}` } });
    notes.add('own-organisation', { scope: { networkId }, author: null, organisationId: coordinatorOrganisationId });
    for (const id of ['own', 'own-pseudonym', 'own-organisation']) await report(reporters[2]!, id);
    assert.deepEqual(await queued(coordinator), []);
    const staffQueue = await loadQueue(db(), registry, staff);
    for (const id of ['own', 'own-pseudonym', 'own-organisation']) {
      const entry = staffQueue.find((e) => e.kase.itemId === id);
      assert.ok(entry, `${id} waits for staff`);
      assert.equal((await hideContent(deps(), registry, coordinator, entry.kase.id, { reason: 'spam', note: '' })).kind, 'not-found', id);
    }
    const ownCase = staffQueue.find((e) => e.kase.itemId === 'own')!.kase.id;
    assert.equal((await dismissReports(deps(), registry, staff, ownCase, 'Disagreement about strategy.')).kind, 'done');
    assert.equal(notes.items.get('own')!.hidden ?? false, false, 'dismissing leaves the item as it was');
  });
});
