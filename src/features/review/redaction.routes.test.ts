// The redaction step of publishing, through the real routes: suggestions shown and ticked, a preview that publishes
// nothing, a hand-typed passage that does not occur refused beside its field, and a publication whose public page
// carries marks with reasons where the passages were, while the confidential input keeps the original.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { createSubmittedInput, createTestCall, type TestInput } from '../../../test/support/factories.ts';
import { postForm, signedInStaff, type TestStaff } from '../../../test/support/staff.ts';
import { createTestApp, type CookieJar, type TestApp } from '../../../test/support/test-app.ts';
import type { CallWithQuestionnaires } from '../calls/index.ts';

describeEachEngine('redacting before publishing', (database) => {
  let t: TestApp;
  let staff: TestStaff & { jar: CookieJar };
  let call: CallWithQuestionnaires;
  let input: TestInput;
  const answer = 'Our coordinator Mr. Pedro Alvarado was followed; write to pedro.alvarado@example.org or call +57 310 555 0199.';
  const get = (url: string, jar: CookieJar = staff.jar) => t.app.inject({ url, headers: { cookie: jar.header() } });
  const publishUrl = () => `/staff/inputs/${input.id}/publish`;
  const ticked = (html: string) => [...html.matchAll(/name="redact" value="([^"]+)"[^>]*checked/g)].map((m) => m[1]!);

  before(async () => {
    t = await createTestApp(database().db, database().engine);
    staff = await signedInStaff(t, database().db);
    call = await createTestCall(database().db, { referenceCode: 'REDACT' });
    const answerRef = `${call.questionnaires[0]!.questions[1]!.id}:answer`;
    input = await createSubmittedInput(database().db, call, { consent: 'public-anonymous', answers: { [answerRef]: { text: answer } } });
  });
  after(() => t.app.close());

  it('leads from the input to the redaction page, with the personal data suggested and ticked', async () => {
    const inputPage = await get(`/staff/inputs/${input.id}`);
    assert.match(inputPage.body, new RegExp(`<form method="get" action="${publishUrl()}">`));
    const page = await get(publishUrl());
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Redact before publishing/);
    assert.ok(ticked(page.body).length >= 3, 'the name, the email address and the phone number are suggested and ticked');
    assert.equal((await database().db.selectFrom('publications').select('submission_id').where('submission_id', '=', input.id).execute()).length, 0);
  });

  it('previews without publishing, and refuses a passage that does not occur while keeping every choice', async () => {
    const page = await get(publishUrl());
    const choices = ticked(page.body);
    const preview = await postForm(t, staff.jar, publishUrl(), { redact: choices, intent: 'preview' }, publishUrl());
    assert.equal(preview.statusCode, 200);
    assert.match(preview.body, /Preview of the published version/);
    assert.match(preview.body, /Redacted: personal data/, 'the preview shows the marks');
    assert.equal((await database().db.selectFrom('publications').select('submission_id').where('submission_id', '=', input.id).execute()).length, 0);

    const wrong = await postForm(t, staff.jar, publishUrl(), { redact: choices.slice(1), manual: 'a passage nobody wrote', intent: 'publish' }, publishUrl());
    assert.equal(wrong.statusCode, 422);
    assert.match(wrong.body, /does not occur in any published text/);
    assert.match(wrong.body, /a passage nobody wrote<\/textarea>/);
    assert.equal(ticked(wrong.body).length, choices.length - 1, 'the choices made are kept');
  });

  it('publishes the marks with their reasons; the confidential input keeps the original', async () => {
    const page = await get(publishUrl());
    const published = await postForm(t, staff.jar, publishUrl(), { redact: ticked(page.body), manual: 'was followed', 'manual-reason': 'safety', intent: 'publish' }, publishUrl());
    assert.equal(published.statusCode, 303, published.body);
    const row = await database().db.selectFrom('publications').select('content').where('submission_id', '=', input.id).executeTakeFirstOrThrow();
    for (const secret of ['Alvarado', 'pedro.alvarado@example.org', '310 555 0199', 'was followed']) assert.ok(!row.content.includes(secret), secret);
    const reference = (await database().db.selectFrom('submissions').select('reference').where('id', '=', input.id).executeTakeFirstOrThrow()).reference!;
    const publicPage = await t.app.inject({ url: `/calls/${call.slug}/inputs/${reference}` });
    assert.equal(publicPage.statusCode, 200);
    assert.match(publicPage.body, /Redacted: personal data/);
    assert.match(publicPage.body, /Redacted: safety of a person/);
    assert.doesNotMatch(publicPage.body, /Alvarado|pedro\.alvarado/);
    assert.match((await get(`/staff/inputs/${input.id}`)).body, /pedro\.alvarado@example\.org/, 'staff still read the original');
  });
});
