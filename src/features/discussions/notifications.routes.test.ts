import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { signUpMember } from '../../../test/support/member.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../../test/support/smtp.ts';
import { postForm } from '../../../test/support/staff.ts';
import { CookieJar, createTestApp, testConfig, type TestApp } from '../../../test/support/test-app.ts';
import type { Db } from '../../db/database.ts';
import { createMailer } from '../../platform/mail.ts';

const get = (t: TestApp, url: string, client?: CookieJar) => t.app.inject({ url, headers: client ? { cookie: client.header() } : {} });
const confirm = (db: Db, id: string) => db.updateTable('members').set({ email_confirmed_at: '2026-11-01T00:00:00.000Z' }).where('id', '=', id).execute();

async function startThread(t: TestApp, client: CookieJar, title: string) {
  const response = await postForm(t, client, '/forums/housing/threads', { title, body: 'Opening', language: 'en' }, '/forums/housing/threads/new');
  assert.equal(response.statusCode, 303);
  return String(response.headers.location).replace(/\?.*$/, '');
}

describeEachEngine('discussion notifications', (database) => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let overSmtp: TestApp;
  before(async () => {
    t = await createTestApp(database().db, database().engine);
    smtp = await startTestSmtpServer();
    const config = testConfig();
    overSmtp = await createTestApp(database().db, database().engine, { config, mailer: createMailer({ smtpUrl: smtp.url, from: config.mail.from }, { info() {} }) });
  });
  after(async () => {
    await t.app.close();
    await overSmtp.app.close();
    await smtp.close();
  });

  it('starts with every email off, and sends none until the member opts in', async () => {
    const amina = await signUpMember(t, { displayName: 'Amina Diallo' });
    const bruno = await signUpMember(t, { displayName: 'Bruno Keller' });
    await confirm(t.db, amina.id);
    const page = await get(t, '/account/notifications', amina.client);
    assert.equal(page.statusCode, 200);
    assert.doesNotMatch(page.body, /checked/);
    const path = await startThread(t, amina.client, 'Quiet by default');
    t.mailer.sent.length = 0;
    await postForm(t, bruno.client, `${path}/posts`, { body: 'Hello @Amina Diallo' }, path);
    assert.equal(t.mailer.sent.length, 0);
  });

  it('mails a mention in the member’s language, and its unsubscribe link turns those emails off in one click', async () => {
    const amina = await signUpMember(t, { displayName: 'Amina Sow' });
    const bruno = await signUpMember(t, { displayName: 'Bruno Costa' });
    await confirm(t.db, amina.id);
    amina.client.store(await get(t, '/lang/fr?next=/', amina.client)); // she reads the platform in French
    const saved = await postForm(t, amina.client, '/account/notifications', { emails: ['onMention'], places: ['forum:housing', 'network:forged'] });
    assert.equal(saved.statusCode, 303);
    const places = await t.db.selectFrom('discussion_digest_places').select('place').where('member_id', '=', amina.id).execute();
    assert.deepEqual(places.map((p) => p.place), ['forum:housing'], 'a forged network key is dropped');
    const path = await startThread(t, amina.client, 'Mentions work');
    t.mailer.sent.length = 0;
    await postForm(t, bruno.client, `${path}/posts`, { body: 'What do you think, @Amina Sow?' }, path);
    assert.equal(t.mailer.sent.length, 1);
    const [mail] = t.mailer.sent;
    assert.equal(mail!.to, amina.email);
    assert.equal(mail!.subject, 'Vous avez été mentionné·e dans « Mentions work »');
    assert.equal(mail!.language, 'fr');
    assert.doesNotMatch(mail!.text, /What do you think/);
    const link = /https?:\/\/\S+\/account\/notifications\/unsubscribe\/\S+/.exec(mail!.text)![0];
    const unsubscribePath = new URL(link).pathname;
    const confirmPage = await get(t, unsubscribePath);
    assert.equal(confirmPage.statusCode, 200);
    const setting = () => t.db.selectFrom('discussion_notification_settings').select('on_mention').where('member_id', '=', amina.id).executeTakeFirstOrThrow();
    assert.equal(Number((await setting()).on_mention), 1, 'opening the link changes nothing');
    const done = await postForm(t, new CookieJar(), unsubscribePath, {}); // from any browser, signed in or not
    assert.equal(done.statusCode, 303);
    assert.equal(Number((await setting()).on_mention), 0);
    assert.equal((await get(t, `${unsubscribePath.slice(0, -3)}xyz`)).statusCode, 404, 'a tampered link does nothing');
    t.mailer.sent.length = 0;
    await postForm(t, bruno.client, `${path}/posts`, { body: 'Again, @Amina Sow' }, path);
    assert.equal(t.mailer.sent.length, 0);
  });

  it('sends the reply notification over a real SMTP exchange', async () => {
    const carla = await signUpMember(overSmtp, { displayName: 'Carla' });
    const dev = await signUpMember(overSmtp, { displayName: 'Dev' });
    await confirm(overSmtp.db, carla.id);
    await postForm(overSmtp, carla.client, '/account/notifications', { emails: ['onReply'] });
    const path = await startThread(overSmtp, carla.client, 'Solidarity kitchens');
    await postForm(overSmtp, dev.client, `${path}/posts`, { body: 'We run one in Porto Alegre' }, path);
    const mail = await smtp.waitForMessage((m) => m.envelopeTo.includes(carla.email) && m.subject.includes('New reply'));
    assert.match(mail.subject, /Solidarity kitchens/);
    assert.equal(mail.header('content-language'), 'en');
    assert.doesNotMatch(mail.text, /Porto Alegre/);
    assert.ok(mail.links.some((l) => l.includes(path)), 'links to the thread');
    assert.ok(mail.links.some((l) => /\/account\/notifications\/unsubscribe\/[^/]+\.reply\./.test(l)), 'carries its unsubscribe link');
  });

  it('lists mentions of an at-risk member’s pseudonym on their own page only', async () => {
    const rosa = await signUpMember(t, { displayName: 'Rosa', atRisk: true });
    const eli = await signUpMember(t, { displayName: 'Eli' });
    const path = await startThread(t, rosa.client, 'Under a pseudonym');
    const label = /Participant [0-9A-Z]{4}-[0-9A-Z]{2}/.exec((await get(t, path)).body)![0];
    await postForm(t, eli.client, `${path}/posts`, { body: `Thank you @${label}` }, path);
    assert.match((await get(t, '/account/notifications', rosa.client)).body, /Under a pseudonym/);
    assert.doesNotMatch((await get(t, '/account/notifications', eli.client)).body, /Under a pseudonym/);
  });
});
