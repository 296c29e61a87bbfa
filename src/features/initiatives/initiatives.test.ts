import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createMember } from '../../../test/support/member.ts';
import { createStaffUser } from '../../../test/support/staff.ts';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { TestClock } from '../../../test/support/test-app.ts';
import { PublicPageCache } from '../../http/page-cache.ts';
import { search } from '../search/index.ts';
import { approveInitiative } from './approve-initiative.ts';
import { editInitiative } from './edit-initiative.ts';
import { hideInitiative, restoreInitiative } from './hide-initiative.ts';
import type { InitiativeAuthorship, InitiativeContent } from './initiative.ts';
import { listByAuthor } from './initiatives.repository.ts';
import { listInitiatives, readFilters } from './list-initiatives.ts';
import { loadInitiative } from './load-initiative.ts';
import { postInitiative } from './post-initiative.ts';
import { countPublishedByCountry } from './published-initiatives.repository.ts';
import { rejectInitiative } from './reject-initiative.ts';
import { withdrawInitiative } from './withdraw-initiative.ts';
import { cleanJpeg } from '../../platform/documents/test-images.ts';

function content(overrides: Partial<InitiativeContent> = {}): InitiativeContent {
  return {
    title: 'Seed banks across the Sahel', description: 'Farmers in three villages share seeds and water rights.',
    rights: ['food'], themes: ['food-and-land'], countries: ['KE'], startsOn: '2026-01-01', endsOn: null, link: null, language: 'en',
    ...overrides,
  };
}

describeEachEngine('initiatives', (database, engine) => {
  const clock = new TestClock();
  const publicPages = new PublicPageCache();
  const deps = () => ({ db: database().db, clock, publicPages });
  let author: InitiativeAuthorship;
  let editorId: string;
  let staffId: string;
  const publicList = async (query: Record<string, string> = {}) => (await listInitiatives(database().db, readFilters(query), undefined)).items.map((i) => i.title);
  const found = async (words: string) => (await search(database().db, engine, { query: words, audience: 'public', limit: 10, offset: 0 })).results.map((r) => r.entry.refId);

  before(async () => {
    const member = await createMember(database().db);
    author = { kind: 'member', memberId: member.id, organisationId: null };
    editorId = member.id;
    staffId = (await createStaffUser(database().db)).id;
  });

  it('keeps a new initiative out of the list, the map and search until staff approve it', async () => {
    const id = await postInitiative(deps(), author, content({ title: 'Cooperative kitchens', countries: ['PE', 'BO'] }), []);
    assert.equal((await loadInitiative(database().db, id))?.status, 'pending');
    assert.deepEqual(await publicList(), []);
    assert.deepEqual(await countPublishedByCountry(database().db), {});
    assert.deepEqual(await found('kitchens'), []);

    assert.deepEqual(await approveInitiative(deps(), id, staffId), { kind: 'done' });
    assert.deepEqual(await publicList(), ['Cooperative kitchens']);
    assert.deepEqual(await countPublishedByCountry(database().db), { PE: 1, BO: 1 });
    assert.deepEqual(await found('kitchens'), [id]);
    assert.deepEqual(await approveInitiative(deps(), id, staffId), { kind: 'not-pending' }, 'a decision is taken once');
    const audit = await database().db.selectFrom('audit_events').select(['actor_id', 'action']).where('subject_id', '=', id).execute();
    assert.deepEqual(audit, [{ actor_id: staffId, action: 'initiative-approved' }], 'the decision is in the audit log, once');
  });

  it('rejects with a reason the author reads, and sends a changed initiative back to moderation', async () => {
    const id = await postInitiative(deps(), author, content({ title: 'Rejected at first' }), []);
    assert.deepEqual(await rejectInitiative(deps(), id, staffId, '  '), { kind: 'invalid', error: 'reason-required' });
    assert.deepEqual(await rejectInitiative(deps(), id, staffId, 'Please remove the home address of the organiser.'), { kind: 'done' });
    const rejected = (await listByAuthor(database().db, { memberId: (author as { memberId: string }).memberId, pseudonymId: null })).find((i) => i.id === id);
    assert.equal(rejected?.status, 'rejected');
    assert.equal(rejected?.rejectionReason, 'Please remove the home address of the organiser.');

    const change = { content: content({ title: 'Rejected at first, now fixed' }), authorship: author, keptImages: [], newImages: [], editorId };
    assert.deepEqual(await editInitiative(deps(), id, change), { kind: 'saved' });
    const pending = await loadInitiative(database().db, id);
    assert.equal(pending?.status, 'pending');
    assert.equal(pending?.rejectionReason, null);
  });

  it('takes a published initiative off the public pages and search while its change waits for moderation', async () => {
    const id = await postInitiative(deps(), author, content({ title: 'Housing defenders meet' }), []);
    await approveInitiative(deps(), id, staffId);
    assert.deepEqual(await found('defenders'), [id]);
    await editInitiative(deps(), id, { content: content({ title: 'Housing defenders meet again' }), authorship: author, keptImages: [], newImages: [], editorId });
    assert.deepEqual(await found('defenders'), []);
    assert.ok(!(await publicList()).includes('Housing defenders meet again'));
    await approveInitiative(deps(), id, staffId);
    assert.deepEqual(await found('defenders'), [id]);
  });

  it('withdraws for good: off the list, the map and search, its pictures deleted', async () => {
    const picture = { mediaType: 'image/jpeg' as const, data: cleanJpeg(), width: 16, height: 12, alt: 'A field' };
    const id = await postInitiative(deps(), author, content({ title: 'Withdrawn later', countries: ['NP'] }), [picture]);
    await approveInitiative(deps(), id, staffId);
    assert.equal((await countPublishedByCountry(database().db)).NP, 1);
    assert.equal(await withdrawInitiative(deps(), id), true);
    const withdrawn = await loadInitiative(database().db, id);
    assert.equal(withdrawn?.status, 'withdrawn');
    assert.deepEqual(withdrawn?.images, []);
    assert.equal((await countPublishedByCountry(database().db)).NP, undefined);
    assert.deepEqual(await found('withdrawn'), []);
    assert.equal(await withdrawInitiative(deps(), id), false, 'withdrawn once');
    assert.deepEqual(await editInitiative(deps(), id, { content: content(), authorship: author, keptImages: [], newImages: [], editorId }), { kind: 'not-found' });
  });

  it('hides an initiative from the list, the map and search, and restores it', async () => {
    const id = await postInitiative(deps(), author, content({ title: 'Hidden for a while', countries: ['MN'] }), []);
    await approveInitiative(deps(), id, staffId);
    assert.equal(await hideInitiative(deps(), id, 'doxing'), true);
    assert.ok(!(await publicList()).includes('Hidden for a while'));
    assert.equal((await countPublishedByCountry(database().db)).MN, undefined);
    assert.deepEqual(await found('hidden'), []);
    assert.equal((await loadInitiative(database().db, id))?.hiddenReason, 'doxing');
    assert.equal(await restoreInitiative(deps(), id), true);
    assert.ok((await publicList()).includes('Hidden for a while'));
    assert.deepEqual(await found('hidden'), [id]);
  });

  it('stores a pseudonymous initiative without the member id anywhere in its rows', async () => {
    const member = await createMember(database().db, { atRisk: true });
    const pseudonym: InitiativeAuthorship = { kind: 'pseudonym', pseudonymId: 'ZK4J8Q2M7T5V1W3X9Y6B0C8D2E4F6G8H', label: 'Participant ZK4J-8Q' };
    const picture = { mediaType: 'image/jpeg' as const, data: cleanJpeg(), width: 16, height: 12, alt: 'A march' };
    const id = await postInitiative(deps(), pseudonym, content({ title: 'Unsigned march' }), [picture]);
    const { db } = database();
    const initiativeRow = await db.selectFrom('initiatives').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const rows: object[] = [
      initiativeRow,
      ...(await db.selectFrom('initiative_tags').selectAll().where('initiative_id', '=', id).execute()),
      ...(await db.selectFrom('initiative_images').selectAll().where('initiative_id', '=', id).execute()),
    ];
    for (const row of rows) {
      for (const [column, value] of Object.entries(row)) {
        const text = Buffer.isBuffer(value) ? value.toString('latin1') : String(value);
        assert.ok(!text.includes(member.id), `${column} holds the member id`);
        assert.ok(!text.includes(member.displayName), `${column} holds the display name`);
      }
    }
    assert.equal(initiativeRow.author_member_id, null);
    const initiative = await loadInitiative(db, id);
    assert.deepEqual(initiative?.author, { kind: 'pseudonym', pseudonymId: pseudonym.pseudonymId, label: pseudonym.label });
    assert.deepEqual((await listByAuthor(db, { memberId: null, pseudonymId: pseudonym.pseudonymId })).map((i) => i.id), [id]);
  });

  describe('filters', () => {
    before(async () => {
      const post = async (title: string, extra: Partial<InitiativeContent>) => approveInitiative(deps(), await postInitiative(deps(), author, content({ title, ...extra }), []), staffId);
      await post('Filter: water in Chile', { rights: ['water-and-sanitation'], themes: ['environment'], countries: ['CL'] });
      await post('Filter: unions in France', { rights: ['work', 'association'], themes: ['workers-rights'], countries: ['FR'] });
      await post('Filter: housing in Kenya and France', { rights: ['housing'], themes: ['housing'], countries: ['KE', 'FR'] });
    });
    const filtered = async (query: Record<string, string>) => (await publicList(query)).filter((t) => t.startsWith('Filter:')).sort();

    it('by human right and theme', async () => {
      assert.deepEqual(await filtered({ right: 'association' }), ['Filter: unions in France']);
      assert.deepEqual(await filtered({ theme: 'housing' }), ['Filter: housing in Kenya and France']);
      assert.deepEqual(await filtered({ right: 'work', theme: 'housing' }), []);
    });

    it('by country and by UN regional group', async () => {
      assert.deepEqual(await filtered({ country: 'FR' }), ['Filter: housing in Kenya and France', 'Filter: unions in France']);
      assert.deepEqual(await filtered({ region: 'latin-american-caribbean' }), ['Filter: water in Chile']);
      assert.deepEqual(await filtered({ region: 'african' }), ['Filter: housing in Kenya and France']);
      assert.deepEqual(await filtered({ region: 'african', country: 'FR' }), [], 'a country outside the region matches nothing');
    });

    it('drops values that are not in the vocabulary instead of matching nothing or everything by accident', async () => {
      assert.deepEqual(readFilters({ right: 'torture', theme: "'; drop table", country: 'fr', region: 'europe' }), { right: '', theme: '', country: '', region: '' });
    });
  });
});
