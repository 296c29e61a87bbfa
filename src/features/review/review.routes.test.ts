import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { createSubmittedInput, createTestCall, tinyPdf, type TestInput } from '../../../test/support/factories.ts';
import { formPayload, postForm, signedInStaff, type TestStaff } from '../../../test/support/staff.ts';
import { CookieJar, createTestApp, csrfTokenFrom, type TestApp } from '../../../test/support/test-app.ts';
import type { CallWithQuestionnaires } from '../calls/index.ts';

describeEachEngine('staff review', (database) => {
  let t: TestApp;
  let staff: TestStaff & { jar: CookieJar };
  let call: CallWithQuestionnaires;
  let inputs: Record<'a' | 'b' | 'c' | 'd', TestInput>;
  let draft: TestInput;

  const get = (url: string) => t.app.inject({ url, headers: { cookie: staff.jar.header() } });

  before(async () => {
    const { db } = database();
    t = await createTestApp(db, database().engine);
    staff = await signedInStaff(t, db);
    call = await createTestCall(db, { title: { en: 'Solidarity networks call', fr: 'Appel réseaux', es: 'Convocatoria redes' } });
    await createTestCall(db, { status: 'draft', title: { en: 'A draft call', fr: 'Un brouillon', es: 'Un borrador' } });
    inputs = {
      a: await createSubmittedInput(db, call, { name: 'Kenyan Solidarity Network', countries: ['KE'], language: 'en', consent: 'public-named', coSigners: 'Partner One\n\n  Partner Two  ', attachment: { filename: 'letter é.pdf', mediaType: 'application/pdf', data: tinyPdf() } }),
      b: await createSubmittedInput(db, call, { name: 'University of São Paulo', stakeholderType: 'academia', countries: ['KE', 'BR'], language: 'fr', consent: 'public-anonymous', late: true }),
      c: await createSubmittedInput(db, call, { name: 'Quiet Collective', countries: ['BR'], language: 'es', consent: 'do-not-publish' }),
      d: await createSubmittedInput(db, call, { name: 'Jean Dupont', stakeholderType: 'individual', countries: ['FR'], language: 'en', consent: 'public-named', late: true }),
    };
    draft = await createSubmittedInput(db, call, { name: 'Unfinished Draft Org' });
    await db.updateTable('submissions').set({ status: 'draft', reference: null, submitted_on: null }).where('id', '=', draft.id).execute();
  });
  after(() => t.app.close());

  it('shows every call with its input counts and the staff links', async () => {
    const response = await get('/staff');
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /Solidarity networks call/);
    assert.match(response.body, /A draft call/);
    assert.match(response.body, /4 inputs/, 'the draft is not counted');
    assert.match(response.body, /4 new, 0 reviewed/);
    assert.ok(response.body.includes(`href="/staff/calls/${call.id}/inputs"`));
    assert.ok(response.body.includes(`href="/staff/calls/${call.id}/edit"`));
    assert.ok(response.body.includes('href="/staff/calls/new"'));
    assert.ok(response.body.includes('href="/staff/password"'));
    assert.ok(response.body.includes('href="/staff/members"'), 'the default test member is an administrator, who manages members');
    assert.match(response.body, /<form method="post" action="\/staff\/sign-out">/);
  });

  it('lists the submitted inputs of a call, never drafts, with counts beside each filter value', async () => {
    const response = await get(`/staff/calls/${call.id}/inputs`);
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /4 inputs shown of 4 submitted/);
    for (const name of ['Kenyan Solidarity Network', 'University of São Paulo', 'Quiet Collective', 'Jean Dupont']) assert.ok(response.body.includes(name), name);
    assert.ok(!response.body.includes('Unfinished Draft Org'));
    assert.match(response.body, /<option value="KE">[^<]*Kenya \(2\)<\/option>/);
    assert.match(response.body, /<option value="BR">[^<]*Brazil \(2\)<\/option>/);
    assert.match(response.body, /<option value="FR">[^<]*France[^<]*\(1\)<\/option>/);
    assert.match(response.body, /<option value="academia">Academia and research institutions \(1\)<\/option>/);
    assert.match(response.body, /<option value="yes">Late \(2\)<\/option>/);
    assert.match(response.body, /<option value="do-not-publish">Do not publish \(1\)<\/option>/);
    assert.match(response.body, /<option value="fr">French \(1\)<\/option>/);
    assert.match(response.body, /class="badge late"/);
    assert.ok(response.body.includes(`href="/staff/inputs/${inputs.a.id}"`));
  });

  it('filters by each criterion and recounts the others', async () => {
    const cases: [string, string[]][] = [
      ['type=civil-society', ['Kenyan Solidarity Network', 'Quiet Collective']],
      ['country=BR', ['University of São Paulo', 'Quiet Collective']],
      ['language=en', ['Kenyan Solidarity Network', 'Jean Dupont']],
      ['consent=public-anonymous', ['University of São Paulo']],
      ['late=yes', ['University of São Paulo', 'Jean Dupont']],
      ['late=no&country=KE', ['Kenyan Solidarity Network']],
      ['review=new', ['Kenyan Solidarity Network', 'University of São Paulo', 'Quiet Collective', 'Jean Dupont']],
      ['publication=published', []],
    ];
    for (const [query, names] of cases) {
      const body = (await get(`/staff/calls/${call.id}/inputs?${query}`)).body;
      const shown = ['Kenyan Solidarity Network', 'University of São Paulo', 'Quiet Collective', 'Jean Dupont'].filter((n) => body.includes(n));
      assert.deepEqual(shown, names, query);
      assert.match(body, new RegExp(`${names.length === 1 ? '1 input' : `${names.length} inputs`} shown of 4 submitted`), query);
    }
    const filtered = (await get(`/staff/calls/${call.id}/inputs?type=civil-society`)).body;
    assert.match(filtered, /<option value="BR">[^<]*Brazil \(1\)<\/option>/);
    assert.match(filtered, /<option value="civil-society" selected>/);
    assert.match(filtered, /No submitted input matches|2 inputs shown/);
  });

  it('answers 404 for an unknown call, an unknown input and a draft', async () => {
    assert.equal((await get('/staff/calls/no-such-call/inputs')).statusCode, 404);
    assert.equal((await get('/staff/inputs/no-such-input')).statusCode, 404);
    assert.equal((await get(`/staff/inputs/${draft.id}`)).statusCode, 404);
  });

  it('shows one input in full: submitter, consent, answers and attachment links', async () => {
    const response = await get(`/staff/inputs/${inputs.a.id}`);
    assert.equal(response.statusCode, 200);
    const body = response.body;
    assert.ok(body.includes(`Input ${inputs.a.reference}`));
    assert.ok(body.includes('Kenyan Solidarity Network'));
    assert.match(body, /mailto:contact\d+@example\.org/);
    assert.match(body, /<li>Partner One<\/li><li>Partner Two<\/li>/);
    assert.match(body, /Publish with the organisation’s name/);
    assert.match(body, /Answer number \d+/);
    assert.match(body, /Which networks\?/);
    assert.match(body, new RegExp(`href="/staff/inputs/${inputs.a.id}/attachments/[^"]+">letter é.pdf`));
    assert.match(body, /action="\/staff\/inputs\/[^"]+\/publish"/);
    assert.match(body, /Mark reviewed/);

    const refused = await get(`/staff/inputs/${inputs.c.id}`);
    assert.match(refused.body, /asked that this input not be published/);
    assert.doesNotMatch(refused.body, /\/publish"/, 'no publish button when the consent forbids it');
  });

  it('downloads an attachment as a file, never as a page', async () => {
    const page = (await get(`/staff/inputs/${inputs.a.id}`)).body;
    const href = /href="(\/staff\/inputs\/[^"]+\/attachments\/[^"]+)"/.exec(page)?.[1];
    assert.ok(href);
    const response = await get(href);
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'application/pdf');
    assert.match(String(response.headers['content-disposition']), /^attachment; filename="letter _.pdf"; filename\*=UTF-8''letter%20%C3%A9.pdf$/);
    assert.equal(response.headers['x-content-type-options'], 'nosniff');
    assert.match(String(response.headers['content-security-policy']), /sandbox/);
    assert.equal(response.headers['cache-control'], 'no-store');
    assert.ok(response.rawPayload.equals(tinyPdf()));
    assert.equal((await get(`/staff/inputs/${inputs.b.id}${href.slice(href.indexOf('/attachments/'))}`)).statusCode, 404, 'an attachment of another input');
    assert.equal((await t.app.inject({ url: href })).statusCode, 303, 'anonymous readers are sent to sign in');
  });

  it('marks an input reviewed and back to new', async () => {
    const reviewed = await postForm(t, staff.jar, `/staff/inputs/${inputs.d.id}/review-status`, { status: 'reviewed' }, `/staff/inputs/${inputs.d.id}`);
    assert.equal(reviewed.statusCode, 303);
    assert.equal(reviewed.headers.location, `/staff/inputs/${inputs.d.id}?done=reviewed`);
    assert.match((await get(reviewed.headers.location)).body, /Marked as reviewed/);
    const inbox = (await get(`/staff/calls/${call.id}/inputs?review=reviewed`)).body;
    assert.match(inbox, /1 input shown of 4 submitted/);
    assert.ok(inbox.includes('Jean Dupont'));
    assert.match((await get('/staff')).body, /3 new, 1 reviewed/);
    const bad = await postForm(t, staff.jar, `/staff/inputs/${inputs.d.id}/review-status`, { status: 'deleted' }, `/staff/inputs/${inputs.d.id}`);
    assert.equal(bad.statusCode, 400);
    const back = await postForm(t, staff.jar, `/staff/inputs/${inputs.d.id}/review-status`, { status: 'new' }, `/staff/inputs/${inputs.d.id}`);
    assert.equal(back.headers.location, `/staff/inputs/${inputs.d.id}?done=new`);
    assert.match((await get(`/staff/calls/${call.id}/inputs?review=new`)).body, /4 inputs shown/);
  });

  it('sends anonymous readers to sign-in and refuses anonymous changes', async () => {
    for (const url of ['/staff', `/staff/calls/${call.id}/inputs?type=state`, `/staff/inputs/${inputs.a.id}`]) {
      const response = await t.app.inject({ url });
      assert.equal(response.statusCode, 303, url);
      assert.equal(response.headers.location, `/staff/sign-in?next=${encodeURIComponent(url)}`);
    }
    const jar = new CookieJar();
    const page = await t.app.inject({ url: '/staff/sign-in' });
    jar.store(page);
    for (const action of ['review-status', 'publish', 'withdraw']) {
      const response = await t.app.inject({
        method: 'POST', url: `/staff/inputs/${inputs.a.id}/${action}`,
        headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
        payload: formPayload({ _csrf: csrfTokenFrom(page.body), status: 'reviewed' }),
      });
      assert.equal(response.statusCode, 401, action);
    }
    assert.equal((await database().db.selectFrom('publications').selectAll().execute()).length, 0);
  });

  it('refuses each review form sent without its CSRF token', async () => {
    for (const action of ['review-status', 'publish', 'withdraw']) {
      const response = await t.app.inject({
        method: 'POST', url: `/staff/inputs/${inputs.a.id}/${action}`,
        headers: { cookie: staff.jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
        payload: formPayload({ status: 'reviewed' }),
      });
      assert.equal(response.statusCode, 403, action);
    }
    assert.equal((await database().db.selectFrom('publications').selectAll().execute()).length, 0);
  });
});
