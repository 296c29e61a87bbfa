import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { createTestCall } from '../../../test/support/factories.ts';
import { completeAnswer, partFields, SubmitterClient, tokenFrom } from '../../../test/support/submitter.ts';
import { createStaffUser } from '../../../test/support/staff.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import type { CallWithQuestionnaires } from '../calls/index.ts';

describeEachEngine('the submitter journey', (database) => {
  let t: TestApp;
  let call: CallWithQuestionnaires;
  before(async () => {
    t = await createTestApp(database().db, database().engine);
    await createStaffUser(database().db, { role: 'admin' });
    call = await createTestCall(database().db, { referenceCode: 'HRC56' });
  });
  after(() => t.app.close());

  const formUrl = () => `/calls/${call.slug}/answer/civil-society`;

  async function createDraft(client: SubmitterClient, values = completeAnswer(call)): Promise<string> {
    await client.get(formUrl());
    const response = await client.post(formUrl(), values);
    assert.equal(response.statusCode, 303, response.body);
    return tokenFrom(response.headers.location);
  }

  it('lists the stakeholder types the questionnaires cover, each linking to its form', async () => {
    const response = await t.app.inject({ url: `/calls/${call.slug}/answer` });
    assert.equal(response.statusCode, 200);
    assert.match(response.body, new RegExp(`href="/calls/${call.slug}/answer/civil-society">Civil society organisations`));
    assert.match(response.body, /\/answer\/academia"/);
    assert.doesNotMatch(response.body, /\/answer\/state"/);
  });

  it('shows the blank form with every kind of question, marked required where needed', async () => {
    const response = await t.app.inject({ url: formUrl(), headers: { 'accept-language': 'fr' } });
    assert.equal(response.statusCode, 200);
    const p = partFields(call);
    assert.match(response.body, /<form method="post" action="[^"]+" enctype="multipart\/form-data" data-warn-unsaved/);
    assert.match(response.body, /name="_csrf"/);
    assert.match(response.body, new RegExp(`type="checkbox" [^>]*name="${p.networks}.choices" value="regional"`));
    assert.match(response.body, new RegExp(`<textarea [^>]*name="${p.answer}.text"[^>]*aria-required="true"`));
    assert.match(response.body, new RegExp(`type="radio" [^>]*name="${p.experienced}.yes-no" value="yes"`));
    assert.match(response.body, new RegExp(`<select [^>]*name="${p.where}.countries" multiple`));
    assert.match(response.body, new RegExp(`type="file" [^>]*name="${p.evidence}.files"[^>]*accept=".pdf,.docx,.odt" data-max-bytes="\\d+"`));
    assert.match(response.body, /Quels réseaux/);
    assert.match(response.body, /<option value="FR">France<\/option>/);
    assert.match(response.body, /name="action" value="save"/);
    assert.match(response.body, /name="action" value="review"/);
    assert.doesNotMatch(response.body, / required[ >=]/, 'no HTML required attribute: it would block saving a draft');
  });

  it('answers 404 for an unknown call, a call in preparation, an unknown type or a type without questionnaire', async () => {
    const preparing = await createTestCall(database().db, { status: 'draft' });
    for (const url of [
      '/calls/no-such-call/answer', '/calls/no-such-call/answer/civil-society', `/calls/${preparing.slug}/answer`,
      `/calls/${preparing.slug}/answer/civil-society`, `/calls/${call.slug}/answer/pirates`, `/calls/${call.slug}/answer/state`,
      '/drafts/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', '/drafts/short', '/drafts/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/review',
      '/submissions/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/receipt',
    ]) {
      const response = await t.app.inject({ url });
      assert.equal(response.statusCode, 404, url);
      assert.match(response.body, /Page not found/);
    }
  });

  it('creates a draft, shows its private link once, and emails it', async () => {
    const client = new SubmitterClient(t.app);
    await client.get(formUrl());
    const sentBefore = t.mailer.sent.length;
    const response = await client.post(formUrl(), completeAnswer(call));
    assert.equal(response.statusCode, 303);
    assert.match(String(response.headers.location), /^\/drafts\/[A-Za-z0-9_-]{43}\?created=1&mail=sent$/);
    const token = tokenFrom(response.headers.location);
    const page = await client.get(String(response.headers.location));
    assert.equal(page.statusCode, 200);
    assert.equal(page.headers['cache-control'], 'no-store');
    assert.equal(page.headers['x-robots-tag'], 'noindex, nofollow');
    assert.match(page.body, new RegExp(`http://127.0.0.1:3000/drafts/${token}`));
    assert.match(page.body, /anyone who has it can read and change your draft/);
    assert.match(page.body, /also sent this link to the email address/);
    assert.match(page.body, /Red de Solidaridad Transnacional/);
    const mail = t.mailer.sent.at(-1)!;
    assert.equal(t.mailer.sent.length, sentBefore + 1);
    assert.equal(mail.to, 'contact@solidarity.example');
    assert.ok(mail.text.includes(`/drafts/${token}`));
    const later = await client.get(`/drafts/${token}`);
    assert.doesNotMatch(later.body, /anyone who has it can read and change your draft/);
  });

  it('keeps whatever was typed in a draft, valid or not, and updates it', async () => {
    const client = new SubmitterClient(t.app);
    const p = partFields(call);
    const token = await createDraft(client, { 'submitter.email': 'not an address', [`${p.answer}.text`]: 'First thoughts' });
    const page = await client.get(`/drafts/${token}`);
    assert.match(page.body, /value="not an address"/);
    assert.match(page.body, /First thoughts<\/textarea>/);
    assert.match(page.body, new RegExp(`<form method="post" action="/drafts/${token}"`));

    const updated = await client.post(`/drafts/${token}`, completeAnswer(call, { [`${p.answer}.text`]: 'Second, better thoughts' }));
    assert.equal(updated.statusCode, 303);
    assert.equal(updated.headers.location, `/drafts/${token}?saved=1`);
    const saved = await client.get(String(updated.headers.location));
    assert.match(saved.body, /Your draft is saved/);
    assert.match(saved.body, /Second, better thoughts<\/textarea>/);
    assert.match(saved.body, /<option value="KE" selected>/);
    assert.match(saved.body, /value="transnational" checked/);
  });

  it('shows every error beside its field on review, with nothing typed lost', async () => {
    const client = new SubmitterClient(t.app);
    const p = partFields(call);
    const token = await createDraft(client, completeAnswer(call, {
      'submitter.email': 'nobody-at-example', [`${p.answer}.text`]: '   ', consent: undefined, 'processing-consent': undefined,
      'submitter.name': 'Colectivo Ñandú', [`${p.networks}.other`]: 'Réseaux «Sud–Sud»',
    }));
    const review = await client.get(`/drafts/${token}/review`);
    assert.equal(review.statusCode, 422);
    assert.match(review.body, /id="error-summary"/);
    assert.match(review.body, /There are 4 problems/);
    assert.match(review.body, /<p class="field-error" id="f-submitter-email-error">Enter an email address in the form name@example.org<\/p>/);
    assert.match(review.body, new RegExp(`id="f-a-[^"]+-answer-text-error">This question needs an answer`));
    assert.match(review.body, /id="f-consent-error">Say whether your input may be published/);
    assert.match(review.body, /id="f-processing-consent-error">Your input cannot be received without your consent/);
    assert.match(review.body, /value="Colectivo Ñandú"/);
    assert.match(review.body, /value="Réseaux «Sud–Sud»"/);
    assert.match(review.body, /value="nobody-at-example"/);
    assert.match(review.body, new RegExp(`action="/drafts/${token}"`));
  });

  it('goes from a complete draft to review, submit, receipt and confirmation email', async () => {
    const client = new SubmitterClient(t.app);
    await client.get(formUrl());
    const created = await client.post(formUrl(), completeAnswer(call, { action: 'review' }));
    assert.equal(created.statusCode, 303);
    assert.match(String(created.headers.location), /^\/drafts\/[A-Za-z0-9_-]+\/review$/);
    const token = tokenFrom(created.headers.location);

    const review = await client.get(`/drafts/${token}/review`);
    assert.equal(review.statusCode, 200);
    assert.match(review.body, /Check your input before submitting it/);
    assert.match(review.body, /Red de Solidaridad Transnacional/);
    assert.match(review.body, /Publish with the organisation’s name/);
    assert.match(review.body, /Our actions include women, indigenous peoples and migrants\./);
    assert.match(review.body, /Other: Diaspora networks/);
    assert.match(review.body, /Kenya/);
    assert.match(review.body, new RegExp(`href="/drafts/${token}"`));
    assert.match(review.body, new RegExp(`<form method="post" action="/drafts/${token}/submit"`));

    t.clock.set('2026-12-01T09:30:00Z');
    const sentBefore = t.mailer.sent.length;
    const submitted = await client.post(`/drafts/${token}/submit`, {});
    assert.equal(submitted.statusCode, 303, submitted.body);
    assert.equal(submitted.headers.location, `/submissions/${token}/receipt`);

    const receipt = await client.get(String(submitted.headers.location));
    assert.equal(receipt.statusCode, 200);
    const reference = /HRC56-2026-\d{4}/.exec(receipt.body)?.[0];
    assert.ok(reference, 'the receipt shows a reference number');
    assert.match(receipt.body, /Received on<\/dt><dd>1 December 2026/);
    assert.match(receipt.body, /Test call \d+/);
    assert.match(receipt.body, /Our actions include women/);
    assert.doesNotMatch(receipt.body, /could not send the confirmation email/);

    assert.equal(t.mailer.sent.length, sentBefore + 1);
    const mail = t.mailer.sent.at(-1)!;
    assert.equal(mail.to, 'contact@solidarity.example');
    assert.equal(mail.language, 'en');
    assert.ok(mail.subject.includes(reference));
    assert.ok(!mail.text.includes(token), 'the mail carries no link that opens the input');
    assert.ok(mail.text.includes('http://127.0.0.1:3000/follow-up'), 'the mail says where to follow up');
    assert.match(mail.text, /Publication: Publish with the organisation’s name/);

    const draftAgain = await client.get(`/drafts/${token}`);
    assert.equal(draftAgain.statusCode, 303);
    assert.equal(draftAgain.headers.location, `/submissions/${token}/receipt`);
    const resubmit = await client.post(`/drafts/${token}/submit`, {});
    assert.equal(resubmit.headers.location, `/submissions/${token}/receipt`);
    assert.equal(t.mailer.sent.length, sentBefore + 1, 'a second submit sends nothing');
  });

  it('writes the receipt email in the answer language when the interface speaks it', async () => {
    const client = new SubmitterClient(t.app);
    const token = await createDraft(client, completeAnswer(call, { language: 'fr' }));
    await client.get(`/drafts/${token}/review`);
    const submitted = await client.post(`/drafts/${token}/submit`, {});
    assert.equal(submitted.statusCode, 303);
    const mail = t.mailer.sent.at(-1)!;
    assert.equal(mail.language, 'fr');
    assert.match(mail.subject, /Contribution HRC56-\d{4}-\d{4} reçue/);
  });

  it('refuses every POST without the CSRF token', async () => {
    const client = new SubmitterClient(t.app);
    const token = await createDraft(client);
    for (const url of [formUrl(), `/drafts/${token}`, `/drafts/${token}/submit`]) {
      const response = await client.post(url, completeAnswer(call), [], { csrf: false });
      assert.equal(response.statusCode, 403, url);
    }
    const page = await client.get(`/drafts/${token}`);
    assert.equal(page.statusCode, 200, 'the draft was neither changed nor submitted');
  });

  it('limits how often one address may post', async () => {
    const client = new SubmitterClient(t.app);
    const token = await createDraft(client);
    const statuses: number[] = [];
    for (let i = 0; i < 21; i += 1) statuses.push((await client.post(`/drafts/${token}`, completeAnswer(call))).statusCode);
    assert.deepEqual(statuses.slice(0, 20), Array(20).fill(303));
    assert.equal(statuses[20], 429);
  });

  it('shows a closed call as closed, with its deadline and a link to the call page', async () => {
    const closed = await createTestCall(database().db, { status: 'closed', deadlineAt: '2026-11-01T12:00:00Z' });
    for (const url of [`/calls/${closed.slug}/answer`, `/calls/${closed.slug}/answer/civil-society`]) {
      const response = await t.app.inject({ url });
      assert.equal(response.statusCode, 200);
      assert.match(response.body, /This call no longer accepts inputs/);
      assert.match(response.body, /The deadline was 1 November 2026/);
      assert.match(response.body, new RegExp(`href="/calls/${closed.slug}"`));
    }
  });

  it('keeps a draft of a call that has closed readable and savable, and refuses to submit it', async () => {
    const closing = await createTestCall(database().db);
    const client = new SubmitterClient(t.app);
    await client.get(`/calls/${closing.slug}/answer/civil-society`);
    const created = await client.post(`/calls/${closing.slug}/answer/civil-society`, completeAnswer(closing));
    const token = tokenFrom(created.headers.location);
    await database().db.updateTable('calls').set({ status: 'closed' }).where('id', '=', closing.id).execute();

    const page = await client.get(`/drafts/${token}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /You can still save and read your draft, but it cannot be submitted/);
    assert.equal((await client.post(`/drafts/${token}`, completeAnswer(closing))).statusCode, 303);
    const refused = await client.post(`/drafts/${token}/submit`, {});
    assert.equal(refused.statusCode, 409);
    assert.match(refused.body, /nothing is lost/);
    assert.match(refused.body, /hrc-ie-solidarity@un\.org/);
    assert.equal((await client.get(`/drafts/${token}`)).statusCode, 200, 'still a draft');
  });
});
