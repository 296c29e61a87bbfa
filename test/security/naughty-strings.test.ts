// Every text field of the answer form, filled with each naughty string: no server error, and the value comes back
// exactly as typed, escaped so that none of it becomes markup.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { CallWithQuestionnaires } from '../../src/features/calls/index.ts';
import { describeEachEngine } from '../support/engines.ts';
import { createTestCall } from '../support/factories.ts';
import { naughtyStrings, renderedFieldValue } from '../support/naughty-strings.ts';
import { SubmitterClient, completeAnswer, partFields, tokenFrom } from '../support/submitter.ts';
import { createTestApp, testConfig, type TestApp } from '../support/test-app.ts';

function textFields(call: CallWithQuestionnaires): string[] {
  const p = partFields(call);
  return [
    'submitter.name', 'submitter.organisation-type', 'submitter.email', 'submitter.co-signers',
    `${p.networks}.other`, `${p.networks}.details`, `${p.answer}.text`, `${p.experienced}.details`,
  ];
}

const singleLine = new Set(['submitter.name', 'submitter.organisation-type', 'submitter.email']);

describeEachEngine('naughty strings in every text field', (database) => {
  let t: TestApp;
  let call: CallWithQuestionnaires;
  before(async () => {
    // Hundreds of saves from one address: scale the rate limits as an operator could, rather than trip them.
    t = await createTestApp(database().db, database().engine, { config: testConfig({ RATE_LIMIT_MULTIPLIER: '100' }) });
    call = await createTestCall(database().db, { referenceCode: 'NAUGHTY' });
  });
  after(() => t.app.close());

  it(`keeps each of ${naughtyStrings.length} strings, in every text field, exactly as typed, with no server error and no markup injected`, async () => {
    const fields = textFields(call);
    // One submitter typing every string in turn; each page it reads carries the next form's CSRF token.
    const submitter = new SubmitterClient(t.app);
    await submitter.get(`/calls/${call.slug}/answer/civil-society`);
    for (const value of naughtyStrings) {
      // A single-line input cannot hold a line break: browsers strip them before sending, so the test does too.
      const typed = Object.fromEntries(fields.map((field) => [field, singleLine.has(field) ? value.replace(/[\r\n]/g, '') : value]));
      const saved = await submitter.post(`/calls/${call.slug}/answer/civil-society`, completeAnswer(call, typed), [], { csrf: true });
      assert.equal(saved.statusCode, 303, `saving ${JSON.stringify(value)}: ${saved.statusCode}`);
      const token = tokenFrom(saved.headers.location);
      const form = await submitter.get(`/drafts/${token}`);
      const review = await submitter.get(`/drafts/${token}/review`);
      for (const response of [form, review]) {
        assert.ok(response.statusCode < 500, `${response.statusCode} for ${JSON.stringify(value)}`);
        if (value.includes('<')) assert.ok(!response.body.includes(value), `markup echoed unescaped: ${JSON.stringify(value)}`);
      }
      for (const [field, sent] of Object.entries(typed)) {
        // Browsers send a typed line break as CRLF; the platform keeps it as LF, which is what the person typed.
        assert.equal(renderedFieldValue(form.body, field), sent.replace(/\r\n?/g, '\n'), `${field} did not come back as typed`);
      }
    }
  });
});
