// A codebook's categories through the real app, on SQLite and PostgreSQL: one added (refused with each error beside
// its field, in English and in French, everything typed kept), renamed in place (refused the same way), moved up and
// down without JavaScript, archived only when it holds no active code (else told why) and restored; and who may not.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { signedInStaff } from '../../../test/support/staff.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { analysisFixture, memberPages, type AnalysisFixture, type PageMember } from './analysis-test-setup.ts';
import { listCodebook } from './list-codebook.ts';

describeEachEngine('codebook category pages', (database) => {
  let t: TestApp;
  let f: AnalysisFixture;
  let admin: PageMember;
  let pages: ReturnType<typeof memberPages>;
  let base = '';
  const names = { 'label.en': 'Digital platforms', 'label.fr': 'Plateformes numériques', 'label.es': 'Plataformas digitales' };
  const categories = async () => listCodebook(database().db, f.call.id, { includeArchived: true });
  const idOf = async (key: string) => (await categories()).find((c) => c.key === key)!.id;
  /** The category headings of the codebook page, in order. */
  const headings = async () => [...(await pages.get(admin, base)).body.matchAll(/<h2 id="category-[^"]+-name"[^>]*>([^<]+)</g)].map((m) => m[1]);

  before(async () => {
    const { db, engine } = database();
    t = await createTestApp(db, engine);
    pages = memberPages(t);
    f = await analysisFixture(db);
    base = `/staff/calls/${f.call.id}/codebook`;
    admin = await signedInStaff(t, db, { role: 'admin' });
  });
  after(() => t.app.close());

  it('adds a category, refusing a bad key and a missing name beside their fields and keeping what was typed', async () => {
    assert.match((await pages.get(admin, base)).body, new RegExp(`href="${base}/categories/new"`));
    const refused = await pages.post(admin, `${base}/categories/new`, { ...names, key: 'Digital Platforms', 'label.fr': '' });
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /id="f-key-error">Use lowercase letters and digits, words joined by single hyphens, e\.g\. digital-platforms\./);
    assert.match(refused.body, /id="f-label-fr-error">Enter the name in this language\./);
    assert.ok(refused.body.includes('value="Digital Platforms"') && refused.body.includes('value="Plataformas digitales"'));
    const taken = await pages.post(admin, `${base}/categories/new`, { ...names, key: 'reprisals' }, `${base}/categories/new`, 'fr');
    assert.match(taken.body, /id="f-key-error">Une autre catégorie de cet appel a déjà cette clé/);
    assert.equal((await categories()).length, 2);

    const added = await pages.post(admin, `${base}/categories/new`, { ...names, key: 'platforms' });
    assert.equal(added.statusCode, 303);
    const id = await idOf('platforms');
    assert.equal(added.headers.location, `${base}?done=category-added#category-${id}`);
    assert.match((await pages.get(admin, String(added.headers.location))).body, /The category was added\./);
    assert.deepEqual(await headings(), ['Networks', 'Reprisals', 'Digital platforms']);
    assert.match((await pages.get(admin, `${base}/new`)).body, new RegExp(`<option value="${id}">Digital platforms</option>`), 'offered for new codes');
  });

  it('renames a category in place, or shows its form open with the missing name beside its field', async () => {
    const id = await idOf('reprisals');
    const refused = await pages.post(admin, `${base}/categories/${id}`, { 'label.en': 'Reprisals and restrictions', 'label.fr': 'Représailles', 'label.es': ' ' }, base);
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, new RegExp(`<details id="category-${id}-rename" open`));
    assert.match(refused.body, new RegExp(`id="category-${id}-label-es-error">Enter the name in this language\\.`));
    assert.ok(refused.body.includes('value="Reprisals and restrictions"'), 'what was typed is kept');
    assert.match(refused.body, new RegExp(`class="error-summary" role="alert"><a href="#category-${id}-rename">`));

    const renamed = await pages.post(admin, `${base}/categories/${id}`, { 'label.en': 'Reprisals and restrictions', 'label.fr': 'Représailles et restrictions', 'label.es': 'Represalias y restricciones' }, base);
    assert.equal(renamed.statusCode, 303);
    assert.equal(renamed.headers.location, `${base}?done=category-renamed#category-${id}`);
    const category = (await categories()).find((c) => c.id === id)!;
    assert.deepEqual([category.key, category.label.fr], ['reprisals', 'Représailles et restrictions']);
    assert.ok((await pages.get(admin, base, 'es')).body.includes('Represalias y restricciones'));
  });

  it('moves a category up and down with plain forms, offering no move past either end', async () => {
    const page = (await pages.get(admin, base)).body;
    assert.ok(!page.includes('Move “Networks” up') && !page.includes('Move “Digital platforms” down'));
    const moved = await pages.post(admin, `${base}/categories/${await idOf('platforms')}/move`, { direction: 'up' }, base);
    assert.equal(moved.statusCode, 303);
    assert.deepEqual(await headings(), ['Networks', 'Digital platforms', 'Reprisals and restrictions']);
    await pages.post(admin, `${base}/categories/${await idOf('networks')}/move`, { direction: 'down' }, base);
    assert.deepEqual(await headings(), ['Digital platforms', 'Networks', 'Reprisals and restrictions']);
    assert.equal((await pages.post(admin, `${base}/categories/${await idOf('networks')}/move`, { direction: 'sideways' }, base)).statusCode, 404);
  });

  it('refuses to archive a category with active codes, saying how many; archives an empty one and restores it', async () => {
    const reprisals = await idOf('reprisals');
    const refused = await pages.post(admin, `${base}/categories/${reprisals}/archive`, {}, base);
    assert.equal(refused.statusCode, 409);
    assert.match(refused.body, /“Reprisals and restrictions” was not archived: it still has 2 active codes\. Archive them or move them to another category first\./);
    assert.match(refused.body, new RegExp(`class="error-summary" role="alert"><a href="#category-${reprisals}">`), 'said at the top too, where the reader lands');
    assert.equal((await categories()).find((c) => c.id === reprisals)!.archived, false);

    const platforms = await idOf('platforms');
    const archived = await pages.post(admin, `${base}/categories/${platforms}/archive`, {}, base);
    assert.equal(archived.statusCode, 303);
    const page = (await pages.get(admin, String(archived.headers.location))).body;
    assert.match(page, /The category was archived/);
    assert.ok(page.split('Archived categories</h2>')[1]!.includes(`action="${base}/categories/${platforms}/restore"`), 'listed apart, to restore');
    assert.deepEqual(await headings(), ['Networks', 'Reprisals and restrictions']);
    assert.ok(!(await pages.get(admin, `${base}/new`)).body.includes(`<option value="${platforms}"`), 'no longer offered for new codes');

    const restored = await pages.post(admin, `${base}/categories/${platforms}/restore`, {}, base);
    assert.equal(restored.statusCode, 303);
    assert.deepEqual(await headings(), ['Digital platforms', 'Networks', 'Reprisals and restrictions'], 'back where it was');
  });

  it('answers 404 to an analyst and to a recipient the call was not given to', async () => {
    const { db } = database();
    const id = await idOf('networks');
    for (const role of ['analyst', 'recipient'] as const) {
      const member = await signedInStaff(t, db, { role });
      assert.equal((await pages.get(member, `${base}/categories/new`)).statusCode, 404, role);
      for (const [action, values] of [['', names], ['/move', { direction: 'down' }], ['/archive', {}]] as const) {
        assert.equal((await pages.post(member, `${base}/categories/${id}${action}`, values, '/staff/password')).statusCode, 404, `${role} ${action}`);
      }
    }
    assert.deepEqual((await categories()).find((c) => c.id === id)!.label.en, 'Networks');
    assert.equal((await pages.post(admin, `${base}/categories/not-a-category/archive`, {}, base)).statusCode, 404);
  });
});
