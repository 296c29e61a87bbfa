import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { createMember } from '../../../test/support/member.ts';
import { createTestNetwork, organisationWithAdmin } from '../../../test/support/network.ts';
import { createStaffUser } from '../../../test/support/staff.ts';
import { TestClock } from '../../../test/support/test-app.ts';
import { translator } from '../../i18n/translator.ts';
import { appealDecision } from './appeal-decision.ts';
import { blockFromPosting, liftPostingBlock } from './block-from-posting.ts';
import { findCaseByItem } from './cases.repository.ts';
import { decideAppeal } from './decide-appeal.ts';
import { hideContent } from './hide-content.ts';
import { blockAuthorOf, blockedBy, isBlockedAuthor, unblock } from './member-blocks.ts';
import { testDeps, testKind } from './moderation-test-kind.ts';
import type { AuthorRef, Moderator } from './moderation.ts';
import { loadNotices } from './notices.ts';
import { isBlockedFromPosting, postingBlockedMessage } from './posting-blocks.ts';
import { moderationRegistry } from './registry.ts';
import { reportItem } from './report-item.ts';
import { listMemberBlocks } from './blocks.repository.ts';

describeEachEngine('moderation appeals and blocks', (database) => {
  const clock = new TestClock();
  const notes = testKind();
  const registry = moderationRegistry([notes]);
  const db = () => database().db;
  const deps = () => testDeps(db(), clock);
  const pseudonymId = 'P'.repeat(32);
  const pseudonymous: AuthorRef = { kind: 'pseudonym', pseudonymId, label: 'Participant PPPP-PP', context: 'forum:housing' };
  let coordinator: Moderator;
  let staffA: Moderator & { kind: 'staff' };
  let staffB: Moderator & { kind: 'staff' };
  let author: string;
  let reader: string;
  let networkId: string;

  before(async () => {
    const founder = await organisationWithAdmin(db());
    networkId = (await createTestNetwork(db(), founder.admin, founder.organisation)).id;
    coordinator = { kind: 'coordinator', memberId: founder.admin.id, holdsPseudonym: () => false };
    staffA = { kind: 'staff', staffId: (await createStaffUser(db(), { role: 'admin' })).id };
    staffB = { kind: 'staff', staffId: (await createStaffUser(db(), { role: 'admin' })).id };
    author = (await createMember(db())).id;
    reader = (await createMember(db())).id;
  });

  async function reportedCase(id: string, item: Parameters<typeof notes.add>[1]): Promise<string> {
    notes.add(id, item);
    await reportItem(db(), registry, reader, 'note', id, { reason: 'doxing', note: 'It gives her home address.' }, clock.now());
    return (await findCaseByItem(db(), 'note', id))!.id;
  }
  const tick = (iso: string) => clock.set(iso);
  const holdsNothing = () => false;

  it('lets the author appeal a coordinator’s hiding once, and staff restore it', async () => {
    const caseId = await reportedCase('a1', { scope: { networkId }, author: { kind: 'member', memberId: author } });
    await hideContent(deps(), registry, coordinator, caseId, { reason: 'doxing', note: '' });
    const notices = await loadNotices(db(), registry, author, holdsNothing, clock.now());
    const hiding = notices.hidings[0]!;
    assert.deepEqual([hiding.hiding.reason, hiding.current, hiding.appeal], ['doxing', true, undefined]);
    const isAuthor = (ref: AuthorRef) => ref.kind === 'member' && ref.memberId === author;
    assert.equal((await appealDecision(db(), () => false, hiding.hiding.actionId, 'Mine.', clock.now())).kind, 'not-found', 'only the author appeals');
    assert.equal((await appealDecision(db(), isAuthor, hiding.hiding.actionId, '  ', clock.now())).kind, 'invalid');
    assert.equal((await appealDecision(db(), isAuthor, hiding.hiding.actionId, 'That address is our office, published on our site.', clock.now())).kind, 'appealed');
    assert.equal((await appealDecision(db(), isAuthor, hiding.hiding.actionId, 'Again.', clock.now())).kind, 'already-appealed');
    const appealId = (await loadNotices(db(), registry, author, holdsNothing, clock.now())).hidings[0]!.appeal!.id;
    tick('2026-11-24T10:00:00Z');
    const decided = await decideAppeal(deps(), registry, staffA.staffId, appealId, { outcome: 'restored', note: 'An organisation’s own published address is not doxing.' });
    assert.equal(decided.kind, 'done');
    assert.equal(notes.items.get('a1')!.hidden, false);
    const after = (await loadNotices(db(), registry, author, holdsNothing, clock.now())).hidings[0]!;
    assert.deepEqual([after.current, after.appeal?.outcome], [false, 'restored']);
  });

  it('sends an appeal of a staff decision to another staff member', async () => {
    const caseId = await reportedCase('a2', { scope: 'platform', author: pseudonymous });
    await hideContent(deps(), registry, staffA, caseId, { reason: 'harassment', note: '' });
    const holds = (context: string, id: string) => context === 'forum:housing' && id === pseudonymId;
    const hiding = (await loadNotices(db(), registry, author, holds, clock.now())).hidings.find((h) => h.hiding.itemId === 'a2')!;
    assert.ok(hiding, 'the pseudonym’s holder finds their hidden post by their own session');
    assert.equal((await loadNotices(db(), registry, reader, holdsNothing, clock.now())).hidings.length, 0);
    const byPseudonym = (ref: AuthorRef) => ref.kind === 'pseudonym' && holds(ref.context, ref.pseudonymId);
    await appealDecision(db(), byPseudonym, hiding.hiding.actionId, 'I was quoting the insult to denounce it.', clock.now());
    const appealId = (await loadNotices(db(), registry, author, holds, clock.now())).hidings.find((h) => h.hiding.itemId === 'a2')!.appeal!.id;
    assert.equal((await decideAppeal(deps(), registry, staffA.staffId, appealId, { outcome: 'upheld', note: 'x' })).kind, 'same-moderator');
    const noNote = await decideAppeal(deps(), registry, staffB.staffId, appealId, { outcome: 'upheld', note: '' });
    assert.deepEqual(noNote.kind === 'invalid' && noNote.errors.decisionNote, { key: 'moderation.error-note-required' });
    assert.equal((await decideAppeal(deps(), registry, staffB.staffId, appealId, { outcome: 'upheld', note: 'The quote was not framed as one.' })).kind, 'done');
    assert.equal(notes.items.get('a2')!.hidden, true);
    assert.equal((await decideAppeal(deps(), registry, staffB.staffId, appealId, { outcome: 'restored', note: 'again' })).kind, 'already-decided');
  });

  it('blocks an author from posting in the coordinator’s network only, until the day named, with a localised message', async () => {
    const caseId = await reportedCase('b1', { scope: { networkId }, author: { kind: 'member', memberId: author } });
    const past = await blockFromPosting(deps(), registry, coordinator, caseId, { reason: 'threat-of-violence', endsOn: '2026-11-01', note: '' });
    assert.deepEqual(past.kind === 'invalid' && past.errors.blockEndsOn, { key: 'moderation.error-date-past' });
    assert.equal((await blockFromPosting(deps(), registry, coordinator, caseId, { reason: 'threat-of-violence', endsOn: '2026-12-31', note: 'Threats in two threads.' })).kind, 'done');
    const who = { memberId: author };
    const block = await isBlockedFromPosting(db(), who, { networkId }, clock.now());
    assert.equal(block?.reason, 'threat-of-violence');
    assert.equal(await isBlockedFromPosting(db(), who, 'platform', clock.now()), undefined, 'a network block leaves public forums open');
    assert.equal(await isBlockedFromPosting(db(), who, { networkId }, new Date('2027-01-01T00:00:00Z')), undefined, 'it ends after its last day');
    assert.equal(
      postingBlockedMessage(translator('fr'), block!),
      'Vous ne pouvez pas publier ici jusqu’au 31 décembre 2026 inclus. Motif : Menace de violence. Vos avis de modération indiquent comment demander un réexamen.',
    );
    assert.equal((await liftPostingBlock(deps(), registry, coordinator, caseId, block!.id)).kind, 'done');
    assert.equal(await isBlockedFromPosting(db(), who, { networkId }, clock.now()), undefined);
  });

  it('blocks a pseudonymous author by pseudonym everywhere when staff decide, and the holder can appeal it', async () => {
    const caseId = await reportedCase('b2', { scope: 'platform', author: pseudonymous });
    assert.equal((await blockFromPosting(deps(), registry, staffA, caseId, { reason: 'spam', endsOn: '', note: '' })).kind, 'done');
    assert.ok(await isBlockedFromPosting(db(), { pseudonymId }, { networkId }, clock.now()), 'a platform block holds in networks too');
    const row = await db().selectFrom('posting_blocks').selectAll().where('pseudonym_id', '=', pseudonymId).executeTakeFirstOrThrow();
    assert.equal(row.member_id, null, 'no account behind the pseudonym is stored');
    const holds = (context: string, id: string) => context === 'forum:housing' && id === pseudonymId;
    const [notice] = (await loadNotices(db(), registry, author, holds, clock.now())).blocks;
    assert.equal(notice?.block.reason, 'spam');
    const byPseudonym = (ref: AuthorRef) => ref.kind === 'pseudonym' && holds(ref.context, ref.pseudonymId);
    assert.equal((await appealDecision(db(), byPseudonym, notice!.actionId!, 'A fundraiser for evicted families.', clock.now())).kind, 'appealed');
    const appealId = (await loadNotices(db(), registry, author, holds, clock.now())).blocks[0]!.appeal!.id;
    assert.equal((await decideAppeal(deps(), registry, staffB.staffId, appealId, { outcome: 'restored', note: 'A solidarity fundraiser.' })).kind, 'done');
    assert.equal(await isBlockedFromPosting(db(), { pseudonymId }, 'platform', clock.now()), undefined);
  });

  it('lets a member block the author of what they read, privately, and undo it', async () => {
    notes.add('c1', { scope: 'platform', author: { kind: 'member', memberId: author } });
    notes.add('c2', { scope: 'platform', author: pseudonymous });
    notes.add('mine', { scope: 'platform', author: { kind: 'member', memberId: reader } });
    for (const id of ['c1', 'c2', 'c1']) assert.equal((await blockAuthorOf(db(), registry, reader, 'note', id, clock.now())).kind, 'blocked');
    assert.equal((await blockAuthorOf(db(), registry, reader, 'note', 'mine', clock.now())).kind, 'self');
    const blocked = await blockedBy(db(), reader);
    assert.deepEqual([[...blocked.memberIds], [...blocked.pseudonymIds]], [[author], [pseudonymId]]);
    assert.ok(isBlockedAuthor(blocked, { pseudonymId }));
    assert.ok(!isBlockedAuthor(await blockedBy(db(), author), { memberId: reader }), 'blocking is one-way and private');
    const blocks = await listMemberBlocks(db(), reader);
    assert.equal(await unblock(db(), author, blocks[0]!.id), false, 'only the blocker can undo it');
    assert.equal(await unblock(db(), reader, blocks[0]!.id), true);
    assert.equal((await listMemberBlocks(db(), reader)).length, 1);
  });
});
