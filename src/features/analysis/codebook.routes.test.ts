// The codebook pages through the real app, on SQLite and PostgreSQL: the codes listed by category, a code added,
// refused with each error beside its field (in English and in French) and everything typed kept, a code's labels
// and terms changed, archived (saying how many inputs keep it) and restored; and who may not reach them.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { signedInStaff } from '../../../test/support/staff.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { analysisFixture, memberPages, openedInput, type AnalysisFixture, type PageMember as Member } from './analysis-test-setup.ts';
import { applyCode } from './apply-code.ts';
import { listCodebook } from './list-codebook.ts';

describeEachEngine('codebook pages', (database) => {
  let t: TestApp;
  let f: AnalysisFixture;
  let admin: Member;
  let manager: Member;
  let assigned: Member;
  let outsider: Member;
  let analyst: Member;
  let base = '';
  let get: ReturnType<typeof memberPages>['get'];
  let post: ReturnType<typeof memberPages>['post'];
  const codes = async () => (await listCodebook(database().db, f.call.id, { includeArchived: true })).flatMap((c) => c.codes);
  const category = async (key: string) => (await listCodebook(database().db, f.call.id)).find((c) => c.key === key)!.id;
  const newCode = async (values: Record<string, string>) => ({
    category: await category('reprisals'), key: 'travel-ban',
    'label.en': 'Travel ban', 'label.fr': 'Interdiction de voyager', 'label.es': 'Prohibición de viajar',
    'terms.en': 'travel ban\nbanned from travelling', 'terms.fr': 'interdiction de voyager', 'terms.es': '', ...values,
  });

  before(async () => {
    const { db, engine } = database();
    t = await createTestApp(db, engine);
    ({ get, post } = memberPages(t));
    f = await analysisFixture(db);
    base = `/staff/calls/${f.call.id}/codebook`;
    admin = await signedInStaff(t, db, { role: 'admin' });
    manager = await signedInStaff(t, db, { role: 'call-manager' });
    assigned = await signedInStaff(t, db, { role: 'recipient' });
    outsider = await signedInStaff(t, db, { role: 'recipient' });
    analyst = await signedInStaff(t, db, { role: 'analyst' });
    await db.insertInto('call_recipients').values({ call_id: f.call.id, user_id: assigned.id, assigned_at: '2026-11-23T10:00:00Z' }).execute();
    // Two inputs carry "surveillance", so archiving it says the codings stay on both.
    for (const text of ['Our meetings are under surveillance.', 'We are watched.']) {
      const opened = await openedInput(f, text);
      const coded = await applyCode(f.deps, opened, f.staffId, { codeId: f.codes['surveillance']!, partRef: f.textRef, field: 'text', start: 0, end: text.length });
      assert.equal(coded.kind, 'applied');
    }
  });
  after(() => t.app.close());

  it('lists each category with its codes, keys and term counts, in the reader’s language', async () => {
    const page = await get(admin, base);
    assert.equal(page.statusCode, 200);
    for (const text of ['Networks', 'Reprisals', 'Regional', 'Transnational', 'Surveillance', 'Defunding', '<code>network-regional</code>', 'Add a code']) {
      assert.ok(page.body.includes(text), text);
    }
    assert.match(page.body, new RegExp(`href="${base}/${f.codes['surveillance']}"`));
    // Surveillance has two English terms, none in French, one in Spanish.
    assert.match(page.body, new RegExp(`id="code-${f.codes['surveillance']}">.*?<td>2</td><td>0</td><td>1</td>`, 's'));
    const french = await get(admin, base, 'fr');
    assert.ok(french.body.includes('Représailles') && french.body.includes('Définancement'));
    assert.ok((await get(admin, `/staff/calls/${f.call.id}/questions`)).body.includes(`href="${base}"`), 'the questions page links to the codebook');
  });

  it('adds a code and says so', async () => {
    const response = await post(admin, `${base}/new`, await newCode({}));
    assert.equal(response.statusCode, 303);
    assert.match(String(response.headers.location), new RegExp(`^${base}\\?done=saved#code-`));
    const added = (await codes()).find((c) => c.key === 'travel-ban');
    assert.ok(added);
    assert.deepEqual(added.label, { en: 'Travel ban', fr: 'Interdiction de voyager', es: 'Prohibición de viajar' });
    assert.deepEqual(added.terms, { en: ['travel ban', 'banned from travelling'], fr: ['interdiction de voyager'], es: [] });
    const page = await get(admin, String(response.headers.location));
    assert.ok(page.body.includes('The code was saved.') && page.body.includes('Travel ban'));
  });

  it('refuses an empty French label, a bad key and a taken key, each beside its field, keeping what was typed', async () => {
    const typed = await newCode({ key: 'Bad Key!', 'label.fr': '', 'terms.es': 'viaje' });
    const refused = await post(admin, `${base}/new`, typed);
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /id="f-key-error">Use lowercase letters and digits/);
    assert.match(refused.body, /id="f-label-fr-error">Enter the label in this language\./);
    assert.ok(refused.body.includes('value="Bad Key!"') && refused.body.includes('value="Prohibición de viajar"'));
    assert.match(refused.body, /<textarea[^>]*name="terms\.es"[^>]*>\nviaje<\/textarea>/);
    assert.match(refused.body, new RegExp(`<option value="${typed.category}" selected`));

    const taken = await post(admin, `${base}/new`, await newCode({ key: 'surveillance' }), `${base}/new`, 'fr');
    assert.equal(taken.statusCode, 422);
    assert.match(taken.body, /id="f-key-error">Un autre code de cet appel a déjà cette clé\./);
    const frenchLabel = await post(admin, `${base}/new`, await newCode({ key: 'other-key', 'label.fr': ' ' }), `${base}/new`, 'fr');
    assert.match(frenchLabel.body, /id="f-label-fr-error">Saisissez le libellé dans cette langue\./);
    assert.equal((await codes()).filter((c) => c.key === 'surveillance').length, 1);
    assert.ok(!(await codes()).some((c) => c.key === 'other-key'));
  });

  it('changes a code’s labels and terms, keeping its key', async () => {
    const id = f.codes['defunding']!;
    const form = await get(admin, `${base}/${id}`);
    assert.equal(form.statusCode, 200);
    assert.ok(form.body.includes('<code>defunding</code>') && !form.body.includes('name="key"'), 'the key is shown, not editable');
    assert.match(form.body, /<textarea[^>]*name="terms\.en"[^>]*>\nfunding cut<\/textarea>/);
    const saved = await post(admin, `${base}/${id}`, {
      category: await category('reprisals'), key: 'renamed', 'label.en': 'Loss of funding', 'label.fr': 'Perte de financement', 'label.es': 'Pérdida de financiación',
      'terms.en': 'funding cut\ngrant withdrawn', 'terms.fr': 'financement coupé', 'terms.es': 'fondos retirados',
    });
    assert.equal(saved.statusCode, 303);
    const code = (await codes()).find((c) => c.id === id)!;
    assert.equal(code.key, 'defunding');
    assert.equal(code.label.en, 'Loss of funding');
    assert.deepEqual(code.terms, { en: ['funding cut', 'grant withdrawn'], fr: ['financement coupé'], es: ['fondos retirados'] });
    assert.ok((await get(admin, base, 'es')).body.includes('Pérdida de financiación'));
  });

  it('archives a code, saying how many inputs keep it, lists it apart, and restores it', async () => {
    const id = f.codes['surveillance']!;
    const archived = await post(assigned, `${base}/${id}/archive`, {}, base);
    assert.equal(archived.statusCode, 303);
    assert.equal((await codes()).find((c) => c.id === id)!.archived, true);
    const page = await get(assigned, String(archived.headers.location));
    assert.ok(page.body.includes('It stays on 2 inputs, whose codings are kept.'));
    const [active, archivedPart] = page.body.split('Archived codes</h2>');
    assert.ok(!active!.includes(`id="code-${id}"`) && archivedPart!.includes(`id="code-${id}"`), 'listed apart');
    assert.ok(archivedPart!.includes(`action="${base}/${id}/restore"`));

    const restored = await post(manager, `${base}/${id}/restore`, {}, base);
    assert.equal(restored.statusCode, 303);
    assert.equal((await codes()).find((c) => c.id === id)!.archived, false);
    assert.ok((await get(manager, String(restored.headers.location))).body.includes('The code was restored'));
  });

  it('answers 404 to a recipient not assigned to the call, and to an analyst', async () => {
    const id = f.codes['network-regional']!;
    for (const member of [outsider, analyst]) {
      for (const url of [base, `${base}/new`, `${base}/${id}`]) assert.equal((await get(member, url)).statusCode, 404, url);
      // A valid CSRF token of their own, from a page every member reaches.
      assert.equal((await post(member, `${base}/${id}/archive`, {}, '/staff/password')).statusCode, 404);
    }
    assert.equal((await codes()).find((c) => c.id === id)!.archived, false);
    assert.equal((await get(admin, `${base}/unknown-code`)).statusCode, 404);
  });
});
