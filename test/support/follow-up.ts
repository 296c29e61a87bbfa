// An anonymous submitter who submitted through the real app and wrote down the receipt code the page showed once;
// then follows up with it. Used by the follow-up tests of the submitter and staff sides.
import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import type { CallWithQuestionnaires } from '../../src/features/calls/index.ts';
import { completeAnswer, SubmitterClient, tokenFrom, type FormValues } from './submitter.ts';
import type { TestApp } from './test-app.ts';

export interface SubmittedByClient {
  client: SubmitterClient;
  /** The private token of the draft link (emailed, and in the browser history). */
  token: string;
  /** The 16 digits, as the submitter wrote them down. */
  code: string;
  reference: string;
  receipt: LightMyRequestResponse;
}

/** The code shown on a receipt page, digits only; undefined when the page shows none. */
export function receiptCodeOn(html: string): string | undefined {
  return /id="receipt-code"><strong>(\d{4} \d{4} \d{4} \d{4})<\/strong>/.exec(html)?.[1]?.replace(/ /g, '');
}

/** Answers the call, reviews, submits, and reads the receipt page (in the same browser) for its code. */
export async function submitThroughApp(t: TestApp, call: CallWithQuestionnaires, overrides: Record<string, string | string[] | undefined> = {}): Promise<SubmittedByClient> {
  const client = new SubmitterClient(t.app);
  const formUrl = `/calls/${call.slug}/answer/civil-society`;
  await client.get(formUrl);
  const created = await client.post(formUrl, completeAnswer(call, { action: 'review', ...overrides }));
  assert.equal(created.statusCode, 303, created.body);
  const token = tokenFrom(created.headers.location);
  await client.get(`/drafts/${token}/review`);
  const submitted = await client.post(`/drafts/${token}/submit`, {});
  assert.equal(submitted.statusCode, 303, submitted.body);
  const receipt = await client.get(String(submitted.headers.location));
  assert.equal(receipt.statusCode, 200);
  const code = receiptCodeOn(receipt.body);
  assert.ok(code, 'the receipt shows a code');
  const reference = new RegExp(`${call.referenceCode}-\\d{4}-\\d{4}`).exec(receipt.body)?.[0];
  assert.ok(reference);
  return { client, token, code, reference, receipt };
}

/** Signs in at /follow-up with a code (as typed); returns the response to the POST. */
export async function followUpWith(client: SubmitterClient, code: string, values: FormValues = {}): Promise<LightMyRequestResponse> {
  await client.get('/follow-up');
  return client.post('/follow-up', { code, ...values });
}
