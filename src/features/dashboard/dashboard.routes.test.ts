import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { createTestCall } from '../../../test/support/factories.ts';
import { signedInStaff, type TestStaff } from '../../../test/support/staff.ts';
import { createTestApp, testConfig, type CookieJar, type TestApp } from '../../../test/support/test-app.ts';
import { analysisFixture, openedInput, type AnalysisFixture } from '../analysis/analysis-test-setup.ts';
import { applyCode } from '../analysis/index.ts';

describeEachEngine('a call’s dashboard', (database) => {
  let t: TestApp;
  let fixture: AnalysisFixture;
  let admin: TestStaff & { jar: CookieJar };
  let analyst: TestStaff & { jar: CookieJar };
  let outsider: TestStaff & { jar: CookieJar };

  before(async () => {
    const { db, engine } = database();
    t = await createTestApp(db, engine, { config: testConfig() });
    admin = await signedInStaff(t, db, { role: 'admin' });
    analyst = await signedInStaff(t, db, { role: 'analyst' });
    outsider = await signedInStaff(t, db, { role: 'recipient' });
    fixture = await analysisFixture(db);
    const peru = await openedInput(fixture, 'Our office was under surveillance for months.', { countries: ['PE'], language: 'es' });
    const kenya = await openedInput(fixture, 'Regional networks keep us going.', { countries: ['KE', 'UG'], language: 'en', stakeholderType: 'academia' });
    await openedInput(fixture, 'Nothing coded here.', { countries: ['FR'], language: 'fr' });
    const coded = await applyCode(fixture.deps, peru, fixture.staffId, { codeId: fixture.codes.surveillance!, partRef: fixture.textRef, field: 'text', start: 27, end: 38 });
    assert.equal(coded.kind, 'applied');
    await applyCode(fixture.deps, kenya, fixture.staffId, { codeId: fixture.codes['network-regional']!, partRef: fixture.textRef, field: 'text', start: 0, end: 17 });
  });
  after(() => t.app.close());

  const get = (jar: CookieJar, url: string) => t.app.inject({ url, headers: { cookie: jar.header() } });

  it('counts inputs by type, language, country and UN regional group, each chart followed by its table', async () => {
    const page = await get(admin.jar, `/staff/calls/${fixture.call.id}/dashboard`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /3 inputs submitted/);
    assert.match(page.body, /<th scope="row">Civil society organisations and other stakeholders<\/th><td class="numeric">2<\/td>/);
    assert.match(page.body, /<th scope="row">Academia and research institutions<\/th><td class="numeric">1<\/td>/);
    // Kenya and Uganda are both African: the input counts once in its group.
    assert.match(page.body, /<th scope="row">African Group<\/th><td class="numeric">1<\/td>/);
    assert.match(page.body, /<th scope="row">Western European and Others Group<\/th><td class="numeric">1<\/td>/);
    assert.match(page.body, /<title>Peru: 1<\/title>/);
    assert.match(page.body, /<th scope="row">Surveillance<\/th><td class="numeric">1<\/td>/);
    assert.ok(!page.body.includes('under surveillance for months'), 'aggregates only: no answer text');
    assert.ok((page.body.match(/<svg/g) ?? []).length >= 4, 'charts are drawn on the server');
  });

  it('draws one chosen code by country, and ignores a code of another call', async () => {
    const page = await get(admin.jar, `/staff/calls/${fixture.call.id}/dashboard?code=${fixture.codes.surveillance}`);
    assert.match(page.body, /Inputs coded “Surveillance”, by country/);
    assert.match(page.body, new RegExp(`<option value="${fixture.codes.surveillance}" selected`));
    const other = await createTestCall(database().db);
    const foreign = await get(admin.jar, `/staff/calls/${other.id}/dashboard?code=${fixture.codes.surveillance}`);
    assert.equal(foreign.statusCode, 200);
    assert.doesNotMatch(foreign.body, /Inputs coded/);
  });

  it('is open to every role, in the reader’s language, but not to a recipient of other calls', async () => {
    const french = await t.app.inject({ url: `/staff/calls/${fixture.call.id}/dashboard`, headers: { cookie: analyst.jar.header(), 'accept-language': 'fr' } });
    assert.equal(french.statusCode, 200);
    assert.match(french.body, /Contributions par groupe régional de l’ONU/);
    assert.equal((await get(outsider.jar, `/staff/calls/${fixture.call.id}/dashboard`)).statusCode, 404);
    assert.doesNotMatch(french.body, /\/codebook"/, 'analysts cannot edit the codebook: no link');
    assert.match((await get(admin.jar, `/staff/calls/${fixture.call.id}/dashboard`)).body, /href="\/staff\/calls\/[\w-]+\/codebook">Edit the codebook</);
  });
});
