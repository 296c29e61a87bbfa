import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { createSubmittedInput, createTestCall } from '../../../test/support/factories.ts';
import { formPayload, postForm, signedInStaff } from '../../../test/support/staff.ts';
import { csrfTokenFrom, type CookieJar, type TestApp, createTestApp } from '../../../test/support/test-app.ts';
import { findCallById, findCallBySlug, loadQuestionnaires } from './calls.repository.ts';
import { seedCalls } from './seed/seed-calls.ts';

function validCall(overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    slug: 'hrc59-solidarity-and-climate', referenceCode: 'hrc59',
    'title-en': 'International solidarity and climate change', 'title-fr': 'Solidarité internationale et changements climatiques', 'title-es': '',
    'mandate-en': 'Independent Expert on human rights and international solidarity', 'mandate-fr': '', 'mandate-es': '',
    'report-en': 'Report to the 59th session', 'report-fr': '', 'report-es': '',
    'summary-en': 'A summary.', 'summary-fr': '', 'summary-es': '',
    'body-en': 'First paragraph.\n\nSecond paragraph.', 'body-fr': '', 'body-es': '',
    'publicationPolicy-en': 'Inputs may be published.', 'publicationPolicy-fr': '', 'publicationPolicy-es': '',
    opensOn: '2027-05-01', deadlineDate: '2027-07-01', deadlineTime: '23:59', timeZone: 'Europe/Zurich',
    languages: ['en', 'fr'], contactEmail: 'hrc-ie-solidarity@un.org', emailSubject: 'Submission to HRC59',
    latePolicy: 'accept', status: 'open',
    ...overrides,
  };
}

const choicePart = {
  partCount: '1', 'part-0-was': '', 'part-0-kind': 'choose-many', 'part-0-key': '',
  'part-0-label-en': 'Kinds of reprisal', 'part-0-label-fr': 'Types de représailles', 'part-0-label-es': 'Tipos de represalias',
  'part-0-required': '1', 'part-0-allowOther': '1',
  'part-0-details-en': 'Please describe', 'part-0-details-fr': 'Veuillez préciser', 'part-0-details-es': '',
  'part-0-choices-en': 'Surveillance\nDefunding\nAttack', 'part-0-choices-fr': 'Surveillance\nSuppression de financements\nAttaque', 'part-0-choices-es': '',
};

describeEachEngine('staff editing of calls', (database) => {
  let t: TestApp;
  let jar: CookieJar;
  before(async () => {
    t = await createTestApp(database().db, database().engine);
    await seedCalls(database().db, t.clock.now());
    jar = (await signedInStaff(t, database().db)).jar;
  });
  after(() => t.app.close());

  const get = (url: string, cookie = jar.header()) => t.app.inject({ url, headers: { cookie } });

  it('sends anonymous readers to sign in, and refuses their forms', async () => {
    const page = await t.app.inject({ url: '/staff/calls/new' });
    assert.equal(page.statusCode, 303);
    assert.equal(page.headers.location, '/staff/sign-in?next=%2Fstaff%2Fcalls%2Fnew');
    const post = await t.app.inject({ method: 'POST', url: '/staff/calls', payload: formPayload(validCall()), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    assert.equal(post.statusCode, 401);
  });

  it('refuses a staff form sent without its CSRF token', async () => {
    const response = await t.app.inject({
      method: 'POST', url: '/staff/calls', payload: formPayload(validCall()),
      headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(response.statusCode, 403);
  });

  it('lists every call for staff, drafts included', async () => {
    const draft = await createTestCall(database().db, { status: 'draft' });
    const page = await get('/staff/calls');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Civil society and international solidarity networks/);
    assert.match(page.body, new RegExp(`/staff/calls/${draft.id}/edit`));
    assert.match(page.body, /href="\/staff\/calls\/new"/);
  });

  it('shows what is wrong beside each field, in the reader’s language, and keeps what was typed', async () => {
    const values = validCall({ slug: 'Not a slug!', referenceCode: 'HRC 59', 'title-en': '', contactEmail: 'nobody', deadlineDate: '2027-02-30', languages: [] });
    const page = await get('/staff/calls/new', `${jar.header()}; lang=fr`);
    const response = await t.app.inject({
      method: 'POST', url: '/staff/calls', payload: formPayload({ ...values, _csrf: csrfTokenFrom(page.body) }),
      headers: { cookie: `${jar.header()}; lang=fr`, 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(response.statusCode, 422);
    const body = response.body;
    assert.match(body, /Il y a 6 problèmes/);
    assert.match(body, /id="f-slug-error">Utilisez uniquement des lettres minuscules/);
    assert.match(body, /id="f-title-en-error">Saisissez le titre en anglais/);
    assert.match(body, /id="f-contactEmail-error">Saisissez une adresse électronique/);
    assert.match(body, /id="f-deadlineDate-error">Saisissez une date réelle/);
    assert.match(body, /Choisissez au moins une langue/);
    assert.match(body, /value="Not a slug!"/);
    assert.match(body, /value="Solidarité internationale et changements climatiques"/);
    assert.match(body, /value="nobody"/);
    assert.match(body, /First paragraph\.\n\nSecond paragraph\./);
    assert.match(body, /<option value="Europe\/Zurich" selected>/);
  });

  it('refuses a web address another call already uses', async () => {
    const response = await postForm(t, jar, '/staff/calls', validCall({ slug: 'demo-call-for-inputs' }), '/staff/calls/new');
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /Another call already uses this web address/);
  });

  it('refuses a reference code another call already uses, since input references embed it', async () => {
    const response = await postForm(t, jar, '/staff/calls', validCall({ referenceCode: 'DEMO' }), '/staff/calls/new');
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /id="f-referenceCode-error">Another call already uses this reference code/);
    assert.match(response.body, /value="DEMO"/);
  });

  it('creates a call, storing the deadline as the instant it is in the chosen time zone', async () => {
    const response = await postForm(t, jar, '/staff/calls', validCall(), '/staff/calls/new');
    assert.equal(response.statusCode, 303);
    const call = await findCallBySlug(database().db, 'hrc59-solidarity-and-climate');
    assert.ok(call);
    assert.equal(response.headers.location, `/staff/calls/${call.id}/edit?saved=1`);
    assert.equal(call.deadlineAt, '2027-07-01T21:59:00Z'); // 23:59 summer time in Geneva
    assert.equal(call.referenceCode, 'HRC59');
    assert.deepEqual(call.title, { en: 'International solidarity and climate change', fr: 'Solidarité internationale et changements climatiques' });
    assert.deepEqual(call.languages, ['en', 'fr']);
    const page = await get(response.headers.location!);
    assert.match(page.body, /Your changes are saved/);
    assert.match(page.body, /value="23:59"/);
    assert.match(page.body, /value="2027-07-01"/);
  });

  it('edits a call, and the public page shows the change at once', async () => {
    const demo = (await findCallBySlug(database().db, 'demo-call-for-inputs'))!;
    assert.match((await t.app.inject({ url: '/calls/demo-call-for-inputs' })).body, /Demonstration call: try answering/);
    const edit = `/staff/calls/${demo.id}/edit`;
    const form = await get(edit);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /Questions for civil society organisations and other stakeholders/);
    const values = validCall({ slug: 'demo-call-for-inputs', referenceCode: 'DEMO', 'title-en': 'Demonstration call, renamed', opensOn: '2026-11-01', deadlineDate: '2027-01-15', timeZone: 'America/New_York' });
    const response = await postForm(t, jar, `/staff/calls/${demo.id}`, values, edit);
    assert.equal(response.statusCode, 303);
    assert.equal((await findCallById(database().db, demo.id))!.deadlineAt, '2027-01-16T04:59:00Z');
    const publicPage = await t.app.inject({ url: '/calls/demo-call-for-inputs' });
    assert.match(publicPage.body, /<h1>Demonstration call, renamed<\/h1>/);
    assert.match(publicPage.body, /15 January 2027, 23:59 \(America\/New_York\)/);
    assert.equal((await get('/staff/calls/no-such-id/edit')).statusCode, 404);
  });

  it('adds a questionnaire, refusing a kind of respondent another questionnaire of the call already has', async () => {
    const call = (await findCallBySlug(database().db, 'hrc59-solidarity-and-climate'))!;
    const url = `/staff/calls/${call.id}/questionnaires/new`;
    const first = await postForm(t, jar, url, { stakeholderTypes: ['civil-society', 'academia'], 'title-en': 'For civil society', 'title-fr': '', 'title-es': '', 'intro-en': '', 'intro-fr': '', 'intro-es': '' });
    assert.equal(first.statusCode, 303);
    assert.match(first.headers.location!, new RegExp(`^/staff/calls/${call.id}/questionnaires/[0-9a-f-]+\\?saved=1$`));
    const clash = await postForm(t, jar, url, { stakeholderTypes: ['state', 'academia'], 'title-en': 'For States', 'title-fr': 'Pour les États', 'title-es': '', 'intro-en': '', 'intro-fr': '', 'intro-es': '' });
    assert.equal(clash.statusCode, 422);
    assert.match(clash.body, /Academia and research institutions already answers another questionnaire of this call/);
    assert.match(clash.body, /value="Pour les États"/);
    const none = await postForm(t, jar, url, { 'title-en': 'Nobody' });
    assert.equal(none.statusCode, 422);
    assert.match(none.body, /Choose at least one kind of respondent/);
    const second = await postForm(t, jar, url, { stakeholderTypes: ['state'], 'title-en': 'For States' });
    assert.equal(second.statusCode, 303);
    const loaded = await loadQuestionnaires(database().db, call);
    assert.deepEqual(loaded.questionnaires.map((q) => q.stakeholderTypes), [['civil-society', 'academia'], ['state']]);
  });

  it('adds a question with parts and choices in several languages, then edits it keeping choice keys', async () => {
    const call = (await findCallBySlug(database().db, 'hrc59-solidarity-and-climate'))!;
    const questionnaire = (await loadQuestionnaires(database().db, call)).questionnaires[0]!;
    const base = `/staff/calls/${call.id}/questionnaires/${questionnaire.id}`;
    const text = { number: '1', 'text-en': 'Has your organisation faced reprisals?', 'text-fr': 'Votre organisation a-t-elle subi des représailles ?', 'text-es': '' };

    const misaligned = await postForm(t, jar, `${base}/questions/new`, { ...text, ...choicePart, 'part-0-choices-fr': 'Surveillance\nAttaque' });
    assert.equal(misaligned.statusCode, 422);
    assert.match(misaligned.body, /id="f-part-0-choices-fr-error">This list has 2 lines but the English one has 3/);
    assert.match(misaligned.body, /Surveillance\nDefunding\nAttack<\/textarea>/);
    assert.match(misaligned.body, /value="Votre organisation a-t-elle subi des représailles \?"|Votre organisation a-t-elle subi des représailles \?<\/textarea>/);

    const created = await postForm(t, jar, `${base}/questions/new`, { ...text, ...choicePart });
    assert.equal(created.statusCode, 303);
    let question = (await loadQuestionnaires(database().db, call)).questionnaires[0]!.questions[0]!;
    assert.equal(question.parts[0]!.key, 'kinds-of-reprisal');
    assert.deepEqual(question.parts[0]!.choices, [
      { key: 'surveillance', label: { en: 'Surveillance', fr: 'Surveillance' } },
      { key: 'defunding', label: { en: 'Defunding', fr: 'Suppression de financements' } },
      { key: 'attack', label: { en: 'Attack', fr: 'Attaque' } },
    ]);
    assert.deepEqual(question.parts[0]!.details, { en: 'Please describe', fr: 'Veuillez préciser' });
    assert.ok(question.parts[0]!.required && question.parts[0]!.allowOther);

    const editUrl = `${base}/questions/${question.id}`;
    const editPage = await get(editUrl);
    assert.match(editPage.body, /Surveillance\nSuppression de financements\nAttaque<\/textarea>/);
    assert.match(editPage.body, /name="partCount" value="2"/);
    const edited = await postForm(t, jar, editUrl, {
      ...text, ...choicePart, partCount: '2', 'part-0-was': 'kinds-of-reprisal', 'part-0-key': 'kinds-of-reprisal',
      'part-0-choices-en': 'Surveillance\nLoss of funding\nAttack\nClosure', 'part-0-choices-fr': 'Surveillance\nPerte de financements\nAttaque\nFermeture',
      'part-1-kind': 'country-list', 'part-1-label-en': 'Where?', 'part-1-label-fr': 'Où ?',
    }, editUrl);
    assert.equal(edited.statusCode, 303);
    question = (await loadQuestionnaires(database().db, call)).questionnaires[0]!.questions[0]!;
    assert.deepEqual(question.parts[0]!.choices.map((c) => c.key), ['surveillance', 'defunding', 'attack', 'closure']);
    assert.equal(question.parts[0]!.choices[1]!.label.fr, 'Perte de financements');
    assert.deepEqual(question.parts.map((p) => [p.key, p.kind]), [['kinds-of-reprisal', 'choose-many'], ['where', 'country-list']]);

    const removed = await postForm(t, jar, editUrl, { ...text, ...choicePart, partCount: '2', 'part-0-was': 'kinds-of-reprisal', 'part-0-key': 'kinds-of-reprisal', 'part-1-was': 'where', 'part-1-kind': 'country-list', 'part-1-key': 'where', 'part-1-label-en': 'Where?', 'part-1-remove': '1' }, editUrl);
    assert.equal(removed.statusCode, 303);
    question = (await loadQuestionnaires(database().db, call)).questionnaires[0]!.questions[0]!;
    assert.equal(question.parts.length, 1);
    assert.equal((await get(`${base}/questions/no-such-question`)).statusCode, 404);
  });

  it('moves questions up and down and deletes one', async () => {
    const call = (await findCallBySlug(database().db, 'hrc59-solidarity-and-climate'))!;
    const questionnaire = (await loadQuestionnaires(database().db, call)).questionnaires[0]!;
    const base = `/staff/calls/${call.id}/questionnaires/${questionnaire.id}`;
    for (const n of ['2', '3']) {
      const response = await postForm(t, jar, `${base}/questions/new`, {
        number: n, 'text-en': `Question ${n}`, partCount: '1', 'part-0-kind': 'long-text', 'part-0-label-en': 'Your answer',
      });
      assert.equal(response.statusCode, 303);
    }
    const numbers = async () => (await loadQuestionnaires(database().db, call)).questionnaires[0]!.questions.map((q) => q.number);
    assert.deepEqual(await numbers(), ['1', '2', '3']);
    const third = (await loadQuestionnaires(database().db, call)).questionnaires[0]!.questions[2]!;
    const up = await postForm(t, jar, `${base}/questions/${third.id}/move`, { direction: 'up' }, base);
    assert.equal(up.statusCode, 303);
    assert.deepEqual(await numbers(), ['1', '3', '2']);
    await postForm(t, jar, `${base}/questions/${third.id}/move`, { direction: 'up' }, base);
    await postForm(t, jar, `${base}/questions/${third.id}/move`, { direction: 'up' }, base);
    assert.deepEqual(await numbers(), ['3', '1', '2']);
    await postForm(t, jar, `${base}/questions/${third.id}/move`, { direction: 'down' }, base);
    assert.deepEqual(await numbers(), ['1', '3', '2']);
    const page = await get(base);
    assert.match(page.body, /Move question 3 up/);
    assert.match(page.body, /Delete question 2/);
    const deleted = await postForm(t, jar, `${base}/questions/${third.id}/delete`, {}, base);
    assert.equal(deleted.statusCode, 303);
    assert.deepEqual(await numbers(), ['1', '2']);
  });

  it('deletes a questionnaire after confirmation, but never one inputs were made with', async () => {
    const withInputs = await createTestCall(database().db);
    await createSubmittedInput(database().db, withInputs);
    const used = `/staff/calls/${withInputs.id}/questionnaires/${withInputs.questionnaires[0]!.id}`;
    const confirm = await get(`${used}/delete`);
    assert.match(confirm.body, /1 input was made with this questionnaire/);
    const refused = await postForm(t, jar, `${used}/delete`, {}, used);
    assert.equal(refused.statusCode, 409);
    const question = withInputs.questionnaires[0]!.questions[0]!;
    const questionRefused = await postForm(t, jar, `${used}/questions/${question.id}/delete`, {}, used);
    assert.equal(questionRefused.statusCode, 409);
    assert.match(questionRefused.body, /1 input has already been sent/);

    const call = (await findCallBySlug(database().db, 'hrc59-solidarity-and-climate'))!;
    const states = (await loadQuestionnaires(database().db, call)).questionnaires[1]!;
    const path = `/staff/calls/${call.id}/questionnaires/${states.id}`;
    assert.match((await get(`${path}/delete`)).body, /This deletes the questionnaire/);
    const deleted = await postForm(t, jar, `${path}/delete`, {}, `${path}/delete`);
    assert.equal(deleted.statusCode, 303);
    assert.equal((await loadQuestionnaires(database().db, call)).questionnaires.length, 1);
    assert.equal((await get(path)).statusCode, 404);
  });
});

describeEachEngine('staff editing of questionnaires and previews', (database) => {
  let t: TestApp;
  let jar: CookieJar;
  before(async () => {
    t = await createTestApp(database().db, database().engine);
    jar = (await signedInStaff(t, database().db)).jar;
  });
  after(() => t.app.close());

  it('changes a questionnaire, refusing to take a kind of respondent from another one', async () => {
    const call = await createTestCall(database().db);
    const first = call.questionnaires[0]!;
    const add = await postForm(t, jar, `/staff/calls/${call.id}/questionnaires/new`, { stakeholderTypes: 'state', 'title-en': 'For States' });
    assert.equal(add.statusCode, 303);
    const path = `/staff/calls/${call.id}/questionnaires/${first.id}`;
    const clash = await postForm(t, jar, path, { stakeholderTypes: ['civil-society', 'state'], 'title-en': 'Everyone' });
    assert.equal(clash.statusCode, 422);
    assert.match(clash.body, /States already answers another questionnaire/);
    assert.match(clash.body, /value="Everyone"/);
    const ok = await postForm(t, jar, path, { stakeholderTypes: ['civil-society', 'nhri'], 'title-en': 'Civil society and NHRIs', 'intro-fr': 'Bienvenue' });
    assert.equal(ok.statusCode, 303);
    const reloaded = (await loadQuestionnaires(database().db, call)).questionnaires[0]!;
    assert.deepEqual(reloaded.stakeholderTypes, ['civil-society', 'nhri']);
    assert.deepEqual(reloaded.intro, { fr: 'Bienvenue' });
    const publicPage = await t.app.inject({ url: `/calls/${call.slug}` });
    assert.match(publicPage.body, /Civil society and NHRIs/);
    assert.match(publicPage.body, /<p lang="fr">Bienvenue<\/p>/);
  });

  it('lets staff preview a draft call that the public cannot see', async () => {
    const draft = await createTestCall(database().db, { status: 'draft' });
    const preview = await t.app.inject({ url: `/calls/${draft.slug}`, headers: { cookie: jar.header() } });
    assert.equal(preview.statusCode, 200);
    assert.equal((await t.app.inject({ url: `/calls/${draft.slug}` })).statusCode, 404);
  });
});
