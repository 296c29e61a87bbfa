import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { after, before, it } from 'node:test';
import Fastify from 'fastify';
import { describeEachEngine } from '../../test/support/engines.ts';
import { createTestCall } from '../../test/support/factories.ts';
import { followUpWith, submitThroughApp } from '../../test/support/follow-up.ts';
import { createStaffUser } from '../../test/support/staff.ts';
import { completeAnswer, SubmitterClient, tokenFrom, type FormValues } from '../../test/support/submitter.ts';
import { createTestApp, testConfig, type TestApp } from '../../test/support/test-app.ts';
import type { CallWithQuestionnaires } from '../features/calls/index.ts';
import { readChallenge, solveChallenge } from '../platform/proof-of-work/index.ts';
import { systemClock } from '../platform/clock.ts';
import { challengeField, solutionField } from '../views/proof-of-work-field.tsx';
import { proofOfWorkRoutes, registerProofOfWork } from './proof-of-work.ts';

const waitMs = 1000;
const config = testConfig({ PROOF_OF_WORK_WAIT_MS: String(waitMs), PROOF_OF_WORK_BITS: '8' });

/** Every form on a page, as its action and the challenge it carries (undefined when it carries none). */
function formsOn(html: string): { action: string; challenge: string | undefined }[] {
  return [...html.matchAll(/<form[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/g)].map(([, action, inside]) => ({
    action: action!,
    challenge: new RegExp(`name="${challengeField}" value="([^"]+)"`).exec(inside!)?.[1],
  }));
}

function challengeOn(html: string): string {
  const challenge = formsOn(html).find((form) => form.challenge)?.challenge;
  if (!challenge) throw new Error('no proof-of-work challenge on the page');
  return challenge;
}

async function timed<T>(fn: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const startedAt = performance.now();
  const result = await fn();
  return { result, ms: performance.now() - startedAt };
}

describeEachEngine('proof of work on anonymous forms', (database) => {
  let t: TestApp;
  let call: CallWithQuestionnaires;
  let formUrl: string;
  before(async () => {
    t = await createTestApp(database().db, database().engine, { config });
    // Someone must hold a key for inputs to be submitted at all.
    await createStaffUser(database().db, { role: 'admin' });
    call = await createTestCall(database().db, { referenceCode: 'POW' });
    formUrl = `/calls/${call.slug}/answer/civil-society`;
  });
  after(() => t.app.close());

  /** Posts a first save of the answer form, with whatever proof-of-work fields are given. */
  async function firstSave(client: SubmitterClient, proof: FormValues) {
    const sent = completeAnswer(call, { 'submitter.name': `Colectivo ${Math.random()}`, ...proof });
    const { result, ms } = await timed(() => client.post(formUrl, sent));
    assert.equal(result.statusCode, 303, result.body);
    const draft = await client.get(String(result.headers.location));
    assert.ok(draft.body.includes(String(sent['submitter.name'])), 'what the person typed is saved');
    return { ms, token: tokenFrom(result.headers.location) };
  }

  it('puts a fresh challenge of the configured difficulty in the answer form', async () => {
    const client = new SubmitterClient(t.app);
    const first = challengeOn((await client.get(formUrl)).body);
    const second = challengeOn((await client.get(formUrl)).body);
    assert.notEqual(first, second);
    const read = readChallenge(config.sessionSecret, first, t.clock.now());
    assert.equal(read.kind, 'valid');
    assert.equal(read.kind === 'valid' && read.challenge.difficultyBits, 8);
    assert.match((await client.get(formUrl)).body, /data-pow-bits="8"/);
  });

  it('handles a post with a valid solution at once', async () => {
    const client = new SubmitterClient(t.app);
    const challenge = challengeOn((await client.get(formUrl)).body);
    const { ms } = await firstSave(client, { [challengeField]: challenge, [solutionField]: solveChallenge(challenge, 8) });
    assert.ok(ms < waitMs, `${Math.round(ms)} ms`);
  });

  it('makes a post without a solution wait, then saves everything that was typed', async () => {
    const client = new SubmitterClient(t.app);
    const challenge = challengeOn((await client.get(formUrl)).body);
    const { ms } = await firstSave(client, { [challengeField]: challenge });
    assert.ok(ms >= waitMs, `${Math.round(ms)} ms`);
  });

  it('does not make someone who took their time wait: the wait counts from when the form was issued', async () => {
    const client = new SubmitterClient(t.app);
    const challenge = challengeOn((await client.get(formUrl)).body);
    t.clock.set(new Date(t.clock.now().getTime() + 5 * 60_000).toISOString()); // five minutes of reading and typing
    const { ms } = await firstSave(client, { [challengeField]: challenge });
    assert.ok(ms < waitMs, `${Math.round(ms)} ms`);
  });

  it('makes a missing, forged or replayed challenge wait, and still saves what was typed', async () => {
    const client = new SubmitterClient(t.app);
    const challenge = challengeOn((await client.get(formUrl)).body);
    const solution = solveChallenge(challenge, 8);
    await firstSave(client, { [challengeField]: challenge, [solutionField]: solution });
    const forged = challenge.replace('.8.', '.1.');
    const proofs: FormValues[] = [{}, { [challengeField]: forged, [solutionField]: solveChallenge(forged, 1) }, { [challengeField]: challenge, [solutionField]: solution }];
    // Side by side, each from its own browser: waiting is per request, so the three cost one wait of test time.
    await Promise.all(proofs.map(async (proof) => {
      const browser = new SubmitterClient(t.app);
      await browser.get(formUrl);
      const { ms } = await firstSave(browser, proof);
      assert.ok(ms >= waitMs, `${JSON.stringify(proof)}: ${Math.round(ms)} ms`);
    }));
  });

  it('puts a challenge in every form that posts to a protected route, and only there', async (test) => {
    const patterns = proofOfWorkRoutes.map((route) => new RegExp(`^${route.url.replace(/:\w+/g, '[^/]+')}$`));
    const seen = new Set<string>();
    async function checkForms(client: SubmitterClient, url: string) {
      const page = await client.get(url);
      assert.equal(page.statusCode, 200, url);
      for (const form of formsOn(page.body)) {
        const index = patterns.findIndex((pattern) => pattern.test(form.action));
        assert.equal(Boolean(form.challenge), index >= 0, `${url}: the form posting to ${form.action}`);
        if (index >= 0) seen.add(proofOfWorkRoutes[index]!.url);
      }
    }
    // The application as other tests have it (a 1 ms wait): this test is about the forms, not the wait.
    const fast = await createTestApp(database().db, database().engine);
    test.after(() => fast.app.close());
    const client = new SubmitterClient(fast.app);
    await checkForms(client, formUrl);
    const { token } = await firstSave(client, {});
    await checkForms(client, `/drafts/${token}`);
    await checkForms(client, `/drafts/${token}/review`);
    const submitted = await submitThroughApp(fast, call);
    await checkForms(submitted.client, `/submissions/${submitted.token}/receipt`);
    await checkForms(submitted.client, '/follow-up');
    assert.equal((await followUpWith(submitted.client, submitted.code)).statusCode, 303);
    await checkForms(submitted.client, '/follow-up/input');
    assert.deepEqual([...seen].sort(), proofOfWorkRoutes.map((route) => route.url).sort(), 'every protected route has a form');
  });

  it('refuses to start when a protected route does not exist, so a renamed route cannot lose its protection', async () => {
    const app = Fastify();
    registerProofOfWork(app, { config, db: database().db, clock: systemClock });
    app.post('/follow-up', async () => 'only one of them');
    await assert.rejects(async () => app.ready(), /declared for routes that do not exist: POST \/calls\/:slug\/answer\/:type, POST \/drafts\/:token/);
  });
});
