import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { assetBytes } from '../../http/assets.ts';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { createTestCall } from '../../../test/support/factories.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { seedCalls } from './seed/seed-calls.ts';

const hrc56 = '/calls/hrc56-civil-society-solidarity';
const fr = { cookie: 'lang=fr' };

describeEachEngine('public call pages', (database) => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp(database().db, database().engine);
    await seedCalls(database().db, t.clock.now());
  });
  after(() => t.app.close());

  it('lists the open demonstration call on the home page, and HRC56 among the recently closed', async () => {
    const response = await t.app.inject({ url: '/' });
    assert.equal(response.statusCode, 200);
    const [open, closed] = response.body.split('Recently closed');
    assert.match(open!, /href="\/calls\/demo-call-for-inputs"/);
    assert.match(open!, /href="\/calls\/demo-call-for-inputs\/answer"/);
    assert.match(closed!, /href="\/calls\/hrc56-civil-society-solidarity\/inputs"/);
    assert.match(response.body, /Digital International Solidarity Platform/);
  });

  it('lists open calls then closed ones on /calls, with status and deadline', async () => {
    const response = await t.app.inject({ url: '/calls' });
    assert.equal(response.statusCode, 200);
    const body = response.body;
    assert.ok(body.indexOf('demo-call-for-inputs') < body.indexOf('Closed calls'));
    assert.ok(body.indexOf('hrc56-civil-society-solidarity') > body.indexOf('Closed calls'));
    assert.match(body, /<span class="badge">Closed<\/span> Deadline: <time datetime="2024-02-15T22:59:00Z">15 February 2024, 23:59 \(Europe\/Zurich\)<\/time>/);
    assert.match(body, /Thematic report to the 56th session of the Human Rights Council/);
  });

  it('shows a call with its deadline in its time zone, how to answer, and the ten questions', async () => {
    const response = await t.app.inject({ url: hrc56 });
    assert.equal(response.statusCode, 200);
    const body = response.body;
    assert.match(body, /15 February 2024, 23:59 \(Europe\/Zurich\)/);
    assert.match(body, /<h1>Civil society and international solidarity networks<\/h1>/);
    assert.match(body, /Independent Expert on human rights and international solidarity/);
    assert.match(body, /This call no longer accepts inputs/);
    assert.doesNotMatch(body, /\/answer"/);
    assert.match(body, /English, French, Spanish/);
    assert.match(body, /Submissions received may be published on the mandate webpage/);
    assert.match(body, /href="\/calls\/hrc56-civil-society-solidarity\/inputs"/);
    for (let n = 1; n <= 10; n++) assert.match(body, new RegExp(`<li>${n}\\. `), `question ${n}`);
    assert.match(body, /Restriction of the right to leave or enter a country/);
    assert.match(body, /For: Civil society organisations and other stakeholders, Academia/);
    assert.match(body, /Questions for States/);
  });

  it('shows the call in French when the reader chose French', async () => {
    const response = await t.app.inject({ url: hrc56, headers: fr });
    const body = response.body;
    assert.match(body, /<html lang="fr"/);
    assert.match(body, /15 février 2024 à 23:59 \(Europe\/Zurich\)/);
    assert.match(body, /<li>1\. Votre organisation a-t-elle exprimé des questions de solidarité internationale/);
    assert.match(body, /<li>10\. Recommandations à l’Experte indépendante/);
    assert.match(body, /Restriction du droit de quitter un pays ou d’y entrer/);
    assert.match(body, /Anglais, Français, Espagnol|anglais, français, espagnol/i);
    assert.doesNotMatch(body.slice(body.indexOf('<main')), / lang="en"/);
  });

  it('invites answers to an open call, online or by email, with the days remaining', async () => {
    const body = (await t.app.inject({ url: '/calls/demo-call-for-inputs' })).body;
    assert.match(body, /<a class="button" href="\/calls\/demo-call-for-inputs\/answer">Answer online<\/a>/);
    assert.match(body, /\b12[01] days left/);
    assert.match(body, /href="mailto:hrc-ie-solidarity@un.org"/);
    assert.match(body, /Inputs sent after the deadline are accepted and marked as late/);
    assert.match(body, /Attach your submission letter or supporting documents \(PDF, DOCX or ODT\)/);
  });

  it('marks text shown in another language than the page with a lang attribute', async () => {
    const call = await createTestCall(database().db, { title: { en: 'Only in English' } });
    const body = (await t.app.inject({ url: `/calls/${call.slug}`, headers: fr })).body;
    assert.match(body, /<h1 lang="en">Only in English<\/h1>/);
  });

  it('hides draft calls and answers unknown or malformed slugs with 404', async () => {
    const draft = await createTestCall(database().db, { status: 'draft' });
    assert.equal((await t.app.inject({ url: `/calls/${draft.slug}` })).statusCode, 404);
    assert.doesNotMatch((await t.app.inject({ url: '/calls' })).body, new RegExp(draft.slug));
    assert.equal((await t.app.inject({ url: '/calls/no-such-call' })).statusCode, 404);
    assert.equal((await t.app.inject({ url: '/calls/Not%20A%20Slug' })).statusCode, 404);
  });

  it('serves public pages from the cache without forms or cookies, and small enough for one round trip', async () => {
    const response = await t.app.inject({ url: hrc56, headers: { 'accept-encoding': 'br' } });
    assert.equal(response.headers['content-encoding'], 'br');
    assert.ok(response.headers.etag);
    assert.equal(response.headers['set-cookie'], undefined);
    const again = await t.app.inject({ url: hrc56, headers: { 'if-none-match': String(response.headers.etag) } });
    assert.equal(again.statusCode, 304);
    const total = response.rawPayload.length + assetBytes('app.css')!.br.length;
    assert.ok(total < 14 * 1024, `call page + CSS is ${total} bytes compressed`);
    assert.doesNotMatch((await t.app.inject({ url: hrc56 })).body, /<form|_csrf/);
  });
});
