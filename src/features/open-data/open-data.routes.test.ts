// The open-data API through the real app: only published inputs leave, as the public pages show them (no name for
// an anonymous one, redactions as visible placeholders), in JSON that validates against the OpenAPI document, in
// CSV a spreadsheet opens safely, with counts of published inputs only; a withdrawn publication leaves at once.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { LightMyRequestResponse } from 'fastify';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { createSubmittedInput, createTestCall, tinyPdf, type TestInput } from '../../../test/support/factories.ts';
import { postForm, signedInStaff, type TestStaff } from '../../../test/support/staff.ts';
import { createTestApp, type CookieJar, type TestApp } from '../../../test/support/test-app.ts';
import type { CallWithQuestionnaires } from '../calls/index.ts';
import { openApiDocument } from './openapi.ts';

/** A small RFC 4180 reader, to read back what the API wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  const field = /("(?:[^"]|"")*"|[^,\r\n]*)(,|\r\n|$)/gy;
  for (let match = field.exec(text); match && match.index < text.length; match = field.exec(text)) {
    const [, raw = '', end] = match;
    rows.at(-1)!.push(raw.startsWith('"') ? raw.slice(1, -1).replaceAll('""', '"') : raw);
    if (end === '\r\n' && field.lastIndex < text.length) rows.push([]);
  }
  return rows;
}

describeEachEngine('the open-data API', (database) => {
  let t: TestApp;
  let staff: TestStaff & { jar: CookieJar };
  let call: CallWithQuestionnaires;
  let named: TestInput;
  let anonymous: TestInput;
  let unpublished: TestInput;
  let state: TestInput;
  let redacted: TestInput;
  let other: CallWithQuestionnaires;
  let otherInput: TestInput;
  const secrets = ['Secret Defenders', 'secret-person@example.org', 'Hidden Co-signer', 'identifying-scan', 'Never Published Org', 'Ana Pérez', '\uFDD0'];
  const api = (path: string, headers: Record<string, string> = {}) => t.app.inject({ url: `/api/v1${path}`, headers });
  const json = async (path: string) => {
    const response = await api(path);
    assert.equal(response.statusCode, 200, `${path}: ${response.body}`);
    return response.json();
  };
  const publish = (input: TestInput, values: Record<string, string> = {}) =>
    postForm(t, staff.jar, `/staff/inputs/${input.id}/publish`, { intent: 'publish', ...values }, `/staff/inputs/${input.id}/publish`);
  const ajv = addFormats.default(new Ajv2020({ strict: false }));
  ajv.addSchema({ $id: 'https://open-data.test/api', components: openApiDocument('http://x').components });
  function assertValid(schema: string, value: unknown): void {
    const validate = ajv.getSchema(`https://open-data.test/api#/components/schemas/${schema}`)!;
    assert.ok(validate(value), `${schema}: ${JSON.stringify(validate.errors)}`);
  }
  function assertNoSecrets(response: LightMyRequestResponse, where: string): void {
    for (const secret of secrets) assert.ok(!response.body.includes(secret), `${where} must not contain ${secret}`);
  }

  before(async () => {
    const { db, engine } = database();
    t = await createTestApp(db, engine);
    staff = await signedInStaff(t, db);
    call = await createTestCall(db);
    const [q1, q2, q3] = call.questionnaires[0]!.questions.map((q) => q.id);
    const attachment = { filename: 'network-letter.pdf', mediaType: 'application/pdf', data: tinyPdf('Letter from the network') };
    named = await createSubmittedInput(db, call, {
      name: 'Pan-African Solidarity Network', countries: ['KE', 'GH'], consent: 'public-named', attachment, coSigners: 'Friends of Solidarity',
      answers: {
        [`${q1}:networks`]: { choices: ['regional'], other: 'Diaspora "circles", abroad', details: '=HYPERLINK("http://evil.example","click")' },
        [`${q2}:answer`]: { text: 'We met, twice,\nin Nairobi.' },
        [`${q3}:experienced`]: { yesNo: 'yes', details: 'Threats' },
        [`${q3}:where`]: { countries: ['KE'] },
      },
    });
    anonymous = await createSubmittedInput(db, call, {
      name: 'Secret Defenders Collective', countries: ['BR'], language: 'es', consent: 'public-anonymous', email: 'secret-person@example.org',
      coSigners: 'Hidden Co-signer Org', attachment: { ...attachment, filename: 'identifying-scan.pdf' },
    });
    unpublished = await createSubmittedInput(db, call, { name: 'Never Published Org', countries: ['JP'], consent: 'public-named' });
    state = await createSubmittedInput(db, call, { name: 'Republic of Testland', stakeholderType: 'state', countries: ['FR'], language: 'fr' });
    redacted = await createSubmittedInput(db, call, {
      consent: 'public-anonymous', answers: { [`${q2}:answer`]: { text: 'Our coordinator Ana Pérez was followed.' } },
    });
    for (const input of [named, anonymous, state]) assert.equal((await publish(input)).statusCode, 303);
    assert.equal((await publish(redacted, { manual: 'Ana Pérez', 'manual-reason': 'safety' })).statusCode, 303);
    await createTestCall(db, { status: 'draft', referenceCode: 'DRAFT' });
    other = await createTestCall(db, { status: 'closed', referenceCode: 'OTHER' });
    otherInput = await createSubmittedInput(db, other, { name: 'Another call’s author' });
    assert.equal((await publish(otherInput)).statusCode, 303);
  });
  after(() => t.app.close());

  it('lists the public calls with their number of published inputs, never a draft', async () => {
    const { calls } = await json('/calls');
    for (const c of calls) assertValid('Call', c);
    const counts = Object.fromEntries(calls.map((c: { reference_code: string; published_inputs: number }) => [c.reference_code, c.published_inputs]));
    assert.deepEqual(counts, { [call.referenceCode]: 4, OTHER: 1 });
    const mine = calls.find((c: { slug: string }) => c.slug === call.slug);
    assert.deepEqual(mine.title, call.title);
    assert.equal(mine.status, 'open');
    assert.match(mine.links.inputs, new RegExp(`/api/v1/calls/${call.slug}/inputs$`));
  });

  it('gives the published inputs in reference order, shaped as the OpenAPI document says, and nothing unpublished', async () => {
    const response = await api(`/calls/${call.slug}/inputs`);
    assert.equal(response.headers['content-type'], 'application/json; charset=utf-8');
    assert.equal(response.headers['access-control-allow-origin'], '*');
    assert.equal(response.headers['x-content-type-options'], 'nosniff', 'the security headers stay');
    const body = response.json();
    assertValid('InputsPage', body);
    assert.equal(body.total, 4);
    assert.deepEqual(body.inputs.map((i: { reference: string }) => i.reference), [named, anonymous, state, redacted].map((i) => i.reference).sort());
    assert.ok(!response.body.includes(unpublished.reference));
    assert.ok(!response.body.includes(otherInput.reference), 'another call’s inputs stay in their call');
    assertNoSecrets(response, 'the inputs');

    const first = body.inputs.find((i: { reference: string }) => i.reference === named.reference);
    assert.equal(first.display_name, 'Pan-African Solidarity Network');
    assert.deepEqual(first.countries, ['KE', 'GH']);
    assert.deepEqual(first.regional_groups, ['african']);
    assert.deepEqual(first.co_signers, ['Friends of Solidarity']);
    assert.equal(first.questionnaire, 1);
    const [a1, a2, a3] = first.answers;
    assert.deepEqual(a1.parts[0].choices, [{ key: 'regional', label: { en: 'Regional', fr: 'Régional', es: 'Regional' } }]);
    assert.equal(a1.question_text.en, 'Which networks?');
    assert.equal(a2.parts[0].text, 'We met, twice,\nin Nairobi.');
    assert.equal(a3.parts[0].yes_no, 'yes');
    assert.deepEqual(a3.parts[1].countries, ['KE']);
    assert.equal(first.attachments.length, 1);
    const file = await t.app.inject({ url: new URL(first.attachments[0].url).pathname });
    assert.equal(file.statusCode, 200, 'the attachment URL serves the published copy');
    assert.equal(file.headers['content-type'], 'application/pdf');
  });

  it('gives an anonymous publication no name and no co-signers, and writes redactions as visible placeholders', async () => {
    const { inputs } = await json(`/calls/${call.slug}/inputs`);
    const anon = inputs.find((i: { reference: string }) => i.reference === anonymous.reference);
    assert.equal(anon.display_name, null);
    assert.deepEqual(anon.co_signers, []);
    assert.match(anon.attachments[0].filename, new RegExp(`^${anonymous.reference}-1\\.pdf$`));
    const hidden = inputs.find((i: { reference: string }) => i.reference === redacted.reference);
    assert.equal(hidden.answers[1].parts[0].text, 'Our coordinator [redacted: safety] was followed.');
  });

  it('pages with links (body and Link header), and refuses pagination it cannot honour', async () => {
    const response = await api(`/calls/${call.slug}/inputs?page=2&per_page=3`);
    const body = response.json();
    assert.equal(body.inputs.length, 1);
    assert.equal(body.page, 2);
    assert.equal(body.links.next, null);
    assert.match(body.links.prev, /\?page=1&per_page=3$/);
    assert.match(body.links.last, /\?page=2&per_page=3$/);
    assert.match(String(response.headers.link), /<[^>]+\?page=1&per_page=3>; rel="first", <[^>]+>; rel="prev", <[^>]+\?page=2&per_page=3>; rel="last"/);
    const one = await json(`/calls/${call.slug}/inputs?page=1&per_page=3`);
    assert.deepEqual([...one.inputs, ...body.inputs].map((i: { reference: string }) => i.reference), (await json(`/calls/${call.slug}/inputs`)).inputs.map((i: { reference: string }) => i.reference));
    assert.deepEqual((await json(`/calls/${call.slug}/inputs?page=9`)).inputs, []);
    for (const query of ['per_page=101', 'per_page=0', 'page=0', 'page=abc', 'page=1.5']) {
      const refused = await api(`/calls/${call.slug}/inputs?${query}`);
      assert.equal(refused.statusCode, 400, query);
      assert.deepEqual(refused.json(), { error: 'invalid-pagination' });
    }
  });

  it('is linked from the public "Inputs received" page', async () => {
    const page = await t.app.inject({ url: `/calls/${call.slug}/inputs` });
    assert.match(page.body, new RegExp(`Download the published inputs: <a href="/api/v1/calls/${call.slug}/inputs.csv">CSV \\(spreadsheet\\)</a> · <a href="/api/v1/calls/${call.slug}/inputs.json">JSON</a>`));
  });

  it('answers a JSON 404 for an unknown or draft call', async () => {
    for (const path of ['/calls/no-such-call/inputs', '/calls/no-such-call/counts.csv', '/calls/NOT%20A%20SLUG/inputs.json']) {
      const response = await api(path);
      assert.equal(response.statusCode, 404, path);
      assert.deepEqual(response.json(), { error: 'call-not-found' });
    }
    const draft = (await database().db.selectFrom('calls').select('slug').where('status', '=', 'draft').executeTakeFirstOrThrow()).slug;
    assert.equal((await api(`/calls/${draft}/inputs`)).statusCode, 404);
  });

  it('offers every published input as one JSON file, the same records without pagination', async () => {
    const response = await api(`/calls/${call.slug}/inputs.json`);
    assert.equal(response.headers['content-disposition'], `attachment; filename="${call.slug}-inputs.json"; filename*=UTF-8''${call.slug}-inputs.json`);
    assert.equal(response.headers['content-type'], 'application/json; charset=utf-8');
    const body = response.json();
    assertValid('InputsDump', body);
    assert.deepEqual(body.inputs, (await json(`/calls/${call.slug}/inputs`)).inputs);
    assertNoSecrets(response, 'the JSON file');
  });

  it('offers a CSV a spreadsheet opens safely: BOM, RFC 4180 quoting, formulas kept as text, one row per input', async () => {
    const response = await api(`/calls/${call.slug}/inputs.csv`);
    assert.equal(response.headers['content-type'], 'text/csv; charset=utf-8');
    assert.equal(response.headers['content-disposition'], `attachment; filename="${call.slug}-inputs.csv"; filename*=UTF-8''${call.slug}-inputs.csv`);
    assert.equal(response.headers['access-control-allow-origin'], '*');
    assert.ok(response.rawPayload.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), 'UTF-8 byte-order mark');
    assertNoSecrets(response, 'the CSV');
    const [header, ...rows] = parseCsv(response.body.slice(1));
    assert.deepEqual(header!.slice(-3), ['q1', 'q2', 'q3']);
    assert.equal(rows.length, 4);
    const column = (row: string[], name: string) => row[header!.indexOf(name)];
    const first = rows.find((r) => r[0] === named.reference)!;
    assert.equal(column(first, 'countries'), 'KE; GH');
    assert.equal(column(first, 'q1'), `regional\nother: Diaspora "circles", abroad\ndetails: =HYPERLINK("http://evil.example","click")`);
    assert.match(response.body, /"regional\nother: Diaspora ""circles"", abroad/, 'quotes doubled inside a quoted field');
    assert.equal(column(first, 'q2'), 'We met, twice,\nin Nairobi.');
    assert.equal(column(first, 'q3'), '[experienced] yes\n[experienced] details: Threats\n[where] KE');
    const anon = rows.find((r) => r[0] === anonymous.reference)!;
    assert.equal(column(anon, 'display_name'), '');
    assert.equal(column(rows.find((r) => r[0] === redacted.reference)!, 'q2'), 'Our coordinator [redacted: safety] was followed.');
  });

  it('keeps a cell that starts like a formula as text', async () => {
    const { db } = database();
    const formula = await createSubmittedInput(db, call, { answers: { [`${call.questionnaires[0]!.questions[1]!.id}:answer`]: { text: '=1+2' } }, name: '@attacker' });
    await publish(formula);
    const [header, ...rows] = parseCsv((await api(`/calls/${call.slug}/inputs.csv`)).body.slice(1));
    const row = rows.find((r) => r[0] === formula.reference)!;
    assert.equal(row[header!.indexOf('q2')], "'=1+2");
    assert.equal(row[header!.indexOf('display_name')], "'@attacker");
    await postForm(t, staff.jar, `/staff/inputs/${formula.id}/withdraw`, {}, `/staff/inputs/${formula.id}`);
  });

  it('counts published inputs only, by stakeholder type, language, country and regional group, in JSON and CSV', async () => {
    const body = await json(`/calls/${call.slug}/counts`);
    assertValid('Counts', body);
    const map = (list: { key: string; count: number }[]) => Object.fromEntries(list.map((c) => [c.key, c.count]));
    assert.equal(body.total, 4);
    assert.deepEqual(map(body.by_stakeholder_type), { 'civil-society': 3, state: 1, intergovernmental: 0, nhri: 0, academia: 0, individual: 0 });
    assert.deepEqual(map(body.by_language), { en: 2, fr: 1, es: 1, ar: 0, zh: 0, ru: 0 });
    assert.deepEqual(body.by_country, [{ key: 'KE', count: 2 }, { key: 'BR', count: 1 }, { key: 'FR', count: 1 }, { key: 'GH', count: 1 }]);
    assert.deepEqual(map(body.by_regional_group), {
      african: 2, 'asia-pacific': 0, 'eastern-european': 0, 'latin-american-caribbean': 1, 'western-european-others': 1, none: 0,
    });
    const csv = await api(`/calls/${call.slug}/counts.csv`);
    assert.equal(csv.headers['content-type'], 'text/csv; charset=utf-8');
    const rows = parseCsv(csv.body.slice(1));
    assert.deepEqual(rows.slice(0, 3), [['dimension', 'key', 'count'], ['total', 'all', '4'], ['stakeholder_type', 'civil-society', '3']]);
    assert.ok(rows.some((r) => r.join() === 'country,KE,2'));
    assert.ok(!rows.some((r) => r[1] === 'JP'), 'the unpublished input’s country is not counted');
  });

  it('lets a client revalidate: the same data answers 304 to its ETag', async () => {
    for (const path of [`/calls/${call.slug}/inputs`, `/calls/${call.slug}/inputs.csv`, '/calls', '/openapi.json']) {
      const first = await api(path);
      assert.equal(first.headers['cache-control'], 'no-cache');
      const again = await api(path, { 'if-none-match': String(first.headers.etag) });
      assert.equal(again.statusCode, 304, path);
    }
  });

  it('describes every /api/v1 route in the OpenAPI document, and nothing else', async () => {
    const document = await json('/openapi.json');
    assert.equal(document.openapi, '3.1.0');
    const routes = t.app.routeTable.filter((r) => r.url.startsWith('/api/')).filter((r) => r.method !== 'HEAD');
    const served = routes.map((r) => `${r.method.toLowerCase()} ${r.url.replace(/:(\w+)/g, '{$1}')}`).sort();
    const described = Object.entries(document.paths as Record<string, object>).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`)).sort();
    assert.deepEqual(served, described);
    assert.ok(served.length >= 7);
  });

  it('drops a withdrawn publication from every endpoint at once', async () => {
    const before = await api(`/calls/${call.slug}/inputs.csv`);
    assert.equal((await postForm(t, staff.jar, `/staff/inputs/${named.id}/withdraw`, {}, `/staff/inputs/${named.id}`)).statusCode, 303);
    for (const path of [`/calls/${call.slug}/inputs`, `/calls/${call.slug}/inputs.json`, `/calls/${call.slug}/inputs.csv`]) {
      assert.ok(!(await api(path)).body.includes(named.reference), path);
    }
    assert.equal((await json(`/calls/${call.slug}/counts`)).total, 3);
    assert.equal((await json('/calls')).calls.find((c: { slug: string }) => c.slug === call.slug).published_inputs, 3);
    assert.equal((await api(`/calls/${call.slug}/inputs.csv`, { 'if-none-match': String(before.headers.etag) })).statusCode, 200, 'a stale copy is not revalidated');
  });
});
