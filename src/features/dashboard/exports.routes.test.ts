import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { signedInStaff } from '../../../test/support/staff.ts';
import { createTestApp, testConfig, type CookieJar, type TestApp } from '../../../test/support/test-app.ts';
import { analysisFixture, openedInput, type AnalysisFixture } from '../analysis/analysis-test-setup.ts';
import { applyCode, seedCodebook } from '../analysis/index.ts';

describeEachEngine('a call’s figures to take away, and codes that come together', (database) => {
  let t: TestApp;
  let fixture: AnalysisFixture;
  /** Signed in before the inputs exist (so they are sealed to the admin), except `late`. */
  const jars = {} as Record<'admin' | 'analyst' | 'outsider' | 'late', CookieJar>;

  before(async () => {
    const { db, engine } = database();
    t = await createTestApp(db, engine, { config: testConfig() });
    for (const [name, role] of [['admin', 'admin'], ['analyst', 'analyst'], ['outsider', 'recipient']] as const) jars[name] = (await signedInStaff(t, db, { role })).jar;
    fixture = await analysisFixture(db);
    // A staff-written label a spreadsheet would run as a formula.
    await seedCodebook(db, fixture.call.id, { categories: [], codes: [{ key: 'formula', category: 'reprisals', label: { en: '=HYPERLINK("http://x.example")', fr: '=1', es: '=1' }, terms: {} }] });
    const { id: codeId } = await db.selectFrom('codes').select('id').where('call_id', '=', fixture.call.id).where('key', '=', 'formula').executeTakeFirstOrThrow();
    const text = 'Surveillance, then a funding cut, across regional networks.';
    const peru = await openedInput(fixture, text, { countries: ['PE'], language: 'es' });
    const kenya = await openedInput(fixture, text, { countries: ['KE', 'UG'], language: 'en', stakeholderType: 'academia' });
    await openedInput(fixture, 'Nothing coded here.', { countries: ['PE'], language: 'fr' });
    const code = (input: typeof peru, id: string) => applyCode(fixture.deps, input, fixture.staffId, { codeId: id, partRef: fixture.textRef, field: 'text', start: 0, end: 12 });
    for (const input of [peru, kenya]) {
      await code(input, fixture.codes.surveillance!);
      await code(input, fixture.codes.defunding!);
    }
    await code(peru, codeId);
    // Signed in after the inputs were sealed: none is sealed to this member.
    jars.late = (await signedInStaff(t, db, { role: 'admin' })).jar;
  });
  after(() => t.app.close());

  const get = (jar: CookieJar, url: string, language = 'en') => t.app.inject({ url, headers: { cookie: jar.header(), 'accept-language': language } });
  const url = (path: string) => `/staff/calls/${fixture.call.id}/${path}`;

  it('exports the dashboard’s figures as CSV: BOM, CRLF, one row per figure, no cell a formula', async () => {
    const csv = await get(jars.analyst, url('aggregates.csv'));
    assert.equal(csv.statusCode, 200);
    assert.match(String(csv.headers['content-type']), /^text\/csv; charset=utf-8/);
    assert.match(String(csv.headers['content-disposition']), /^attachment; filename="aggregates-[A-Z0-9-]+\.csv"$/);
    assert.ok(csv.body.startsWith('\uFEFFdimension,key,label,inputs\r\ntotal,,,3\r\n'));
    const lines = csv.body.slice(1).split('\r\n');
    for (const line of [
      'stakeholder-type,civil-society,Civil society organisations and other stakeholders,2', 'stakeholder-type,academia,Academia and research institutions,1',
      'country,PE,Peru,2', 'country,KE,Kenya,1', 'country,UG,Uganda,1', 'regional-group,african,African Group,1',
      'regional-group,latin-american-caribbean,Latin American and Caribbean Group,2', 'code,surveillance,Surveillance,2', 'code,defunding,Defunding,2',
      'language,es,Spanish,1', 'language,fr,French,1',
      `code,formula,"'=HYPERLINK(""http://x.example"")",1`,
    ]) assert.ok(lines.includes(line), `missing ${line} in\n${csv.body}`);
  });

  it('exports the same figures as JSON, with keys, labels and each code’s labels in every language', async () => {
    const response = await get(jars.analyst, url('aggregates.json'), 'fr');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-disposition']), /^attachment; filename="aggregates-.+\.json"$/);
    const json = JSON.parse(response.body);
    assert.equal(json.total, 3);
    assert.equal(json.locale, 'fr');
    assert.deepEqual(json.country.map((row: { key: string; inputs: number }) => [row.key, row.inputs]), [['PE', 2], ['KE', 1], ['UG', 1]]);
    assert.equal(json.country[0].label, 'Pérou');
    const surveillance = json.code.find((row: { key: string }) => row.key === 'surveillance');
    assert.deepEqual(surveillance, { key: 'surveillance', label: 'Surveillance', inputs: 2, labels: { en: 'Surveillance', fr: 'Surveillance', es: 'Vigilancia' }, category: 'reprisals' });
  });

  it('shows the same tables on a printable page, linked from the dashboard', async () => {
    const page = await get(jars.analyst, url('aggregates.html'));
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<th scope="row">Peru<\/th><td class="numeric">2<\/td>/);
    assert.match(page.body, /<th scope="row">Defunding<\/th><td class="numeric">2<\/td>/);
    assert.match(page.body, /<th scope="row">African Group<\/th><td class="numeric">1<\/td>/);
    assert.ok(!page.body.includes('funding cut'), 'aggregates only: no answer text');
    const dashboard = (await get(jars.analyst, url('dashboard'))).body;
    for (const path of ['aggregates.html', 'aggregates.csv', 'aggregates.json']) assert.ok(dashboard.includes(`href="${url(path)}"`), path);
    assert.ok(!dashboard.includes(`href="${url('co-occurrence')}"`), 'an analyst is not offered the co-occurrence page');
    assert.ok((await get(jars.admin, url('dashboard'))).body.includes(`href="${url('co-occurrence')}"`));
  });

  it('lists the pairs of codes on the same inputs, with the share of the first code’s inputs', async () => {
    const page = await get(jars.admin, url('co-occurrence'));
    assert.equal(page.statusCode, 200);
    // Both codes are on the same two inputs: which one is "A" is decided by id, so either order is right.
    assert.match(page.body, /<th scope="row">(Defunding<\/th><td>Surveillance|Surveillance<\/th><td>Defunding)<\/td><td class="numeric">2<\/td><td class="numeric">100%<\/td>/);
    assert.match(page.body, /<td>Defunding<\/td><td class="numeric">1<\/td><td class="numeric">100%<\/td>/);
    assert.match(page.body, /Counted on the 3 inputs you can open/);
    assert.doesNotMatch(page.body, /not sealed to you/);
    const french = await get(jars.admin, url('co-occurrence'), 'fr');
    assert.match(french.body, /<th scope="col" class="numeric">Contributions avec les deux<\/th>/);
    assert.match(french.body, /Définancement/);
  });

  it('counts apart the inputs not sealed to the reader', async () => {
    const page = await get(jars.late, url('co-occurrence'));
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /3 inputs are not sealed to you and are not counted/);
    assert.match(page.body, /No input you can open carries two codes yet/);
  });

  it('keeps co-occurrence from analysts, and every export from a recipient of other calls', async () => {
    assert.equal((await get(jars.analyst, url('co-occurrence'))).statusCode, 404);
    for (const path of ['aggregates.csv', 'aggregates.json', 'aggregates.html', 'co-occurrence']) {
      assert.equal((await get(jars.outsider, url(path))).statusCode, 404, path);
    }
  });
});
