// Walks the application's own route table, so a route added later is checked without anyone remembering to:
// every GET answers with the security headers and without a 5xx, every page is free of inline script or style and
// of any other origin, and every state-changing route refuses a request without a CSRF token.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { securityHeaders } from '../../src/http/security-headers.ts';
import { createStaffUser, postForm, signedInStaff } from '../support/staff.ts';
import { describeEachEngine } from '../support/engines.ts';
import { createSubmittedInput, createTestCall, tinyPdf } from '../support/factories.ts';
import { SubmitterClient, completeAnswer, tokenFrom } from '../support/submitter.ts';
import { createTestApp, type CookieJar, type TestApp } from '../support/test-app.ts';

const expectedHeaders = securityHeaders({ https: false });

function assertSecurityHeaders(response: LightMyRequestResponse, where: string): void {
  for (const [name, value] of Object.entries(expectedHeaders)) {
    // A download may tighten the CSP further (adding `sandbox`), never loosen it.
    if (name === 'Content-Security-Policy') assert.ok(String(response.headers['content-security-policy']).startsWith("default-src 'none'"), `${where}: CSP`);
    else assert.equal(response.headers[name.toLowerCase()], value, `${where}: ${name}`);
  }
}

function assertSelfContainedHtml(body: string, where: string): void {
  assert.doesNotMatch(body, /<script(?![^>]*\bsrc=)[^>]*>/i, `${where}: inline script`);
  assert.doesNotMatch(body, /<style[\s>]|\sstyle=/i, `${where}: inline style`);
  assert.doesNotMatch(body, /\s(?:src|href|action|formaction|poster|data)="(?:https?:)?\/\//i, `${where}: another origin`);
}

describeEachEngine('every route', (database) => {
  let t: TestApp;
  let admin: CookieJar;
  const values: Record<string, string> = {};

  before(async () => {
    const { db, engine } = database();
    t = await createTestApp(db, engine);
    const call = await createTestCall(db, { referenceCode: 'WALK' });
    // The administrator exists first, so the input is sealed to them (and submitting has a key holder).
    admin = (await signedInStaff(t, db, { role: 'admin' })).jar;
    const input = await createSubmittedInput(db, call, { attachment: { filename: 'letter.pdf', mediaType: 'application/pdf', data: tinyPdf() } });
    const submitter = new SubmitterClient(t.app);
    await submitter.get(`/calls/${call.slug}/answer/civil-society`);
    const draft = await submitter.post(`/calls/${call.slug}/answer/civil-society`, completeAnswer(call), [], {});
    const questionnaire = call.questionnaires[0]!;
    const attachment = await db.selectFrom('attachments').select('id').where('submission_id', '=', input.id).executeTakeFirstOrThrow();
    Object.assign(values, {
      'calls/:slug': call.slug, 'calls/:id': call.id, 'inputs/:id': input.id, 'inputs/:reference': input.reference,
      'drafts/:token': tokenFrom(draft.headers.location), 'submissions/:token': input.accessToken,
      'questionnaires/:qid': questionnaire.id, 'questions/:questionId': questionnaire.questions[0]!.id,
      'answer/:type': 'civil-society', 'lang/:locale': 'fr', 'attachments/:attachmentId': attachment.id, 'attachments/:id': attachment.id,
    });
    const published = await postForm(t, admin, `/staff/inputs/${input.id}/publish`, { intent: 'publish' }, `/staff/inputs/${input.id}`);
    assert.equal(published.statusCode, 303, 'publishing the walked input');
    const publicFile = await db.selectFrom('published_attachments').select('id').where('submission_id', '=', input.id).executeTakeFirstOrThrow();
    // The public copy of a file has its own id.
    values['/calls/:slug/inputs/:reference/attachments/:id'] = publicFile.id;
    await createStaffUser(db); // a second member, so member lists are not trivially empty
  });
  after(() => t.app.close());

  /** A concrete address for a route pattern: known ids where the walk made them, a harmless unknown elsewhere. */
  function concrete(pattern: string): string {
    const exact = values[pattern];
    return pattern.replace(/([^/]+)\/(:\w+)/g, (_whole, segment: string, param: string) => {
      const value = param === ':id' && segment === 'attachments' && exact ? exact : values[`${segment}/${param}`];
      return `${segment}/${value ?? 'unknown-0000'}`;
    })
      .replace(/\*$/, 'anything');
  }

  const pageRoutes = () => t.app.routeTable.filter((r) => r.method === 'GET' && !r.url.startsWith('/assets/'));
  const changingRoutes = () => t.app.routeTable.filter((r) => !['GET', 'HEAD', 'OPTIONS'].includes(r.method));

  it('finds the routes it walks', () => {
    assert.ok(pageRoutes().length >= 25, `only ${pageRoutes().length} GET routes`);
    assert.ok(changingRoutes().length >= 15, `only ${changingRoutes().length} state-changing routes`);
  });

  for (const who of ['an anonymous reader', 'a signed-in administrator'] as const) {
    it(`answers every GET for ${who} with the security headers, no server error, and self-contained HTML`, async () => {
      for (const route of pageRoutes()) {
        const url = concrete(route.url);
        const response = await t.app.inject({ url, headers: who === 'an anonymous reader' ? {} : { cookie: admin.header() } });
        const where = `GET ${route.url} (${url}) for ${who} → ${response.statusCode}`;
        assert.ok(response.statusCode < 500, where);
        assertSecurityHeaders(response, where);
        if (String(response.headers['content-type']).startsWith('text/html')) assertSelfContainedHtml(response.body, where);
      }
    });
  }

  it('refuses every state-changing request without a CSRF token, even from a signed-in administrator', async () => {
    for (const route of changingRoutes()) {
      const url = concrete(route.url);
      const response = await t.app.inject({
        method: route.method as 'POST', url, payload: 'anything=1',
        headers: { cookie: admin.header(), 'content-type': 'application/x-www-form-urlencoded' },
      });
      assert.equal(response.statusCode, 403, `${route.method} ${route.url} (${url}) answered ${response.statusCode} without a CSRF token`);
      assertSecurityHeaders(response, `${route.method} ${route.url}`);
    }
  });

  it('refuses every state-changing request from someone who is not signed in, whatever the token', async () => {
    for (const route of changingRoutes()) {
      const url = concrete(route.url);
      const response = await t.app.inject({
        method: route.method as 'POST', url, payload: 'anything=1', headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      assert.ok([401, 403].includes(response.statusCode), `${route.method} ${route.url} answered ${response.statusCode}`);
    }
  });
});
