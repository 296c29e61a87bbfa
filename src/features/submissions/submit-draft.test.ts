import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { createSubmittedInput, createTestCall } from '../../../test/support/factories.ts';
import { completeAnswer, SubmitterClient, tokenFrom } from '../../../test/support/submitter.ts';
import { createTestApp, testConfig, type TestApp } from '../../../test/support/test-app.ts';
import { formatReference, type Call, type CallWithQuestionnaires } from '../calls/index.ts';
import { createStaffUser } from '../../../test/support/staff.ts';
import { locateSubmission, openDraft } from './open-submission.ts';
import { submitDraft } from './submit-draft.ts';

describeEachEngine('submitDraft', (database) => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp(database().db, database().engine);
    // An administrator holds a key: every input is sealed to them, so there is someone to seal to.
    await createStaffUser(database().db, { role: 'admin' });
  });
  after(() => t.app.close());

  async function draftFor(call: CallWithQuestionnaires, overrides: Record<string, string | undefined> = {}): Promise<{ client: SubmitterClient; token: string }> {
    const client = new SubmitterClient(t.app);
    const url = `/calls/${call.slug}/answer/civil-society`;
    await client.get(url);
    const response = await client.post(url, completeAnswer(call, overrides));
    assert.equal(response.statusCode, 303, response.body);
    const token = tokenFrom(response.headers.location);
    await client.get(`/drafts/${token}`);
    return { client, token };
  }

  // References are unique across calls, so each call here gets its own code, as staff give them.
  let codes = 0;
  const code = () => `SUB${(codes += 1)}`;

  /** The input's metadata (a submitted input no longer opens with its link). */
  async function row(token: string) {
    const located = await locateSubmission(database().db, token);
    assert.ok(located);
    return located.stored;
  }

  const deadline = (overrides: Partial<Call>) => createTestCall(database().db, { referenceCode: code(), deadlineAt: '2026-12-01T12:00:00Z', ...overrides });

  it('keeps the draft and says why when the deadline has passed and late inputs are refused', async () => {
    t.clock.set('2026-11-23T10:00:00Z');
    const call = await deadline({ latePolicy: 'refuse' });
    const { client, token } = await draftFor(call);
    t.clock.set('2026-12-01T12:01:00Z');
    const response = await client.post(`/drafts/${token}/submit`, {});
    assert.equal(response.statusCode, 409);
    assert.match(response.body, /This call no longer accepts inputs/);
    assert.match(response.body, /The deadline was 1 December 2026/);
    assert.match(response.body, /hrc-ie-solidarity@un\.org/);
    assert.match(response.body, new RegExp(`href="/drafts/${token}"`));
    const kept = await openDraft(database().db, token);
    assert.equal(kept?.submission.status, 'draft');
    assert.equal(kept?.submission.content.submitter.name, 'Red de Solidaridad Transnacional');
  });

  it('stores an input after the deadline as late when the call accepts late inputs', async () => {
    t.clock.set('2026-11-23T10:00:00Z');
    const call = await deadline({ latePolicy: 'accept' });
    const { client, token } = await draftFor(call);
    t.clock.set('2026-12-03T08:00:00Z');
    const review = await client.get(`/drafts/${token}/review`);
    assert.match(review.body, /yours will be marked as late/);
    const response = await client.post(`/drafts/${token}/submit`, {});
    assert.equal(response.statusCode, 303);
    const stored = await row(token);
    assert.equal(stored.status, 'submitted');
    assert.equal(stored.late, true);
    assert.equal(stored.submittedOn, '2026-12-03');
    const receipt = await client.get(`/submissions/${token}/receipt`);
    assert.match(receipt.body, /<span class="badge late">Late<\/span>/);
    assert.match(t.mailer.sent.at(-1)!.text, /received after the deadline/);
  });

  it('keeps the input and says so when the confirmation email cannot be sent', async () => {
    t.clock.set('2026-11-23T10:00:00Z');
    const call = await createTestCall(database().db, { referenceCode: code() });
    const { client, token } = await draftFor(call);
    t.mailer.failNext = true;
    const response = await client.post(`/drafts/${token}/submit`, {});
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, `/submissions/${token}/receipt?mail=failed`);
    const receipt = await client.get(String(response.headers.location));
    assert.equal(receipt.statusCode, 200);
    assert.match(receipt.body, /Your input is stored, but we could not send the confirmation email/);
    assert.equal((await row(token)).status, 'submitted');
  });

  it('stores nothing and shows the error page when the database refuses the input', async () => {
    t.clock.set('2026-11-23T10:00:00Z');
    const call = await createTestCall(database().db, { referenceCode: code() });
    const { client, token } = await draftFor(call);
    // Another input already holds the reference this one would take: the unique constraint fails mid-transaction.
    const blocker = await createSubmittedInput(database().db, call);
    const clash = formatReference(call.referenceCode, 2026, 1);
    await database().db.updateTable('submissions').set({ reference: clash }).where('id', '=', blocker.id).execute();
    const sentBefore = t.mailer.sent.length;
    const response = await client.post(`/drafts/${token}/submit`, {});
    assert.equal(response.statusCode, 500);
    assert.match(response.body, /Something went wrong on our side/);
    const kept = await row(token);
    assert.equal(kept.status, 'draft');
    assert.equal(kept.reference, null);
    assert.equal(t.mailer.sent.length, sentBefore, 'no receipt for an input that was not stored');
    const counter = await database().db.selectFrom('calls').select('submission_counter').where('id', '=', call.id).executeTakeFirstOrThrow();
    assert.equal(Number(counter.submission_counter), 0, 'the number taken was given back');
  });

  it('hands out unique, sequential references to concurrent submits', async () => {
    t.clock.set('2026-11-23T10:00:00Z');
    const call = await createTestCall(database().db, { referenceCode: 'HRC56' });
    const tokens: string[] = [];
    for (let i = 0; i < 6; i += 1) tokens.push((await draftFor(call)).token);
    const opened = await Promise.all(tokens.map(async (token) => (await openDraft(database().db, token))!));
    const outcomes = await Promise.all(opened.map((o) => submitDraft(depsOf(t), o, 'en')));
    const references = outcomes.map((o) => (o.kind === 'submitted' ? o.reference : o.kind)).sort();
    assert.deepEqual(references, [1, 2, 3, 4, 5, 6].map((n) => formatReference('HRC56', 2026, n)));
  });

  it('submits a draft once when it is submitted twice at the same moment', async () => {
    t.clock.set('2026-11-23T10:00:00Z');
    const call = await createTestCall(database().db, { referenceCode: code() });
    const { token } = await draftFor(call);
    const [a, b] = await Promise.all([openDraft(database().db, token), openDraft(database().db, token)]);
    const outcomes = await Promise.all([submitDraft(depsOf(t), a!, 'en'), submitDraft(depsOf(t), b!, 'en')]);
    assert.deepEqual(outcomes.map((o) => o.kind).sort(), ['already-submitted', 'submitted']);
    const counter = await database().db.selectFrom('calls').select('submission_counter').where('id', '=', call.id).executeTakeFirstOrThrow();
    assert.equal(Number(counter.submission_counter), 1);
  });

  function depsOf(app: TestApp) {
    return { db: database().db, clock: app.clock, mailer: app.mailer, config: testConfig() };
  }
});

describeEachEngine('submitDraft with nobody to seal the input to', (database) => {
  it('refuses to submit and keeps the draft, saying why, until a key holder exists', async () => {
    const t = await createTestApp(database().db, database().engine);
    try {
      const call = await createTestCall(database().db, { referenceCode: 'NOKEY1' });
      const client = new SubmitterClient(t.app);
      const url = `/calls/${call.slug}/answer/civil-society`;
      await client.get(url);
      const token = tokenFrom((await client.post(url, completeAnswer(call))).headers.location);
      await client.get(`/drafts/${token}/review`);
      const refused = await client.post(`/drafts/${token}/submit`, {});
      assert.equal(refused.statusCode, 409);
      assert.match(refused.body, /cannot receive inputs online yet/);
      assert.match(refused.body, new RegExp(`href="/drafts/${token}"`));
      assert.equal((await locateSubmission(database().db, token))?.stored.status, 'draft');

      await createStaffUser(database().db, { role: 'admin' });
      await client.get(`/drafts/${token}/review`);
      assert.equal((await client.post(`/drafts/${token}/submit`, {})).statusCode, 303);
      assert.equal((await locateSubmission(database().db, token))?.stored.status, 'submitted');
    } finally {
      await t.app.close();
    }
  });
});
