// Every naughty string as a reply: no server error, the page shows it only as text, and the author's edit form
// gives it back exactly as typed.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { signUpMember } from '../../../test/support/member.ts';
import { naughtyStrings, renderedFieldValue } from '../../../test/support/naughty-strings.ts';
import { postForm } from '../../../test/support/staff.ts';
import { createTestApp, csrfTokenFrom, testConfig, type TestApp } from '../../../test/support/test-app.ts';

describeEachEngine('naughty strings in discussion posts', (database) => {
  let t: TestApp;
  before(async () => {
    // 499 replies from one address in a minute is a flood the posting limit is there to stop; lift it for this test.
    t = await createTestApp(database().db, database().engine, { config: testConfig({ RATE_LIMIT_MULTIPLIER: '100' }) });
  });
  after(() => t.app.close());

  it(`keeps each of ${naughtyStrings.length} strings as typed, escaped, with no server error`, async () => {
    const member = await signUpMember(t);
    const started = await postForm(t, member.client, '/forums/civic-space/threads', { title: 'Naughty', body: 'x', language: 'en' }, '/forums/civic-space/threads/new');
    const path = String(started.headers.location).replace(/\?.*$/, '');
    const headers = { cookie: member.client.header() };
    const csrf = csrfTokenFrom((await t.app.inject({ url: path, headers })).body);
    for (const value of naughtyStrings) {
      const posted = await t.app.inject({
        method: 'POST', url: `${path}/posts`, payload: new URLSearchParams({ body: value, _csrf: csrf }).toString(),
        headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
      });
      assert.equal(posted.statusCode, 303, `posting ${JSON.stringify(value)}: ${posted.statusCode}`);
      const location = String(posted.headers.location);
      const postId = location.slice(location.indexOf('#post-') + '#post-'.length);
      if (value.includes('<')) {
        const page = await t.app.inject({ url: location.replace(/#.*$/, ''), headers });
        assert.equal(page.statusCode, 200);
        assert.ok(!page.body.includes(value), `markup echoed unescaped: ${JSON.stringify(value)}`);
      }
      const edit = await t.app.inject({ url: `${path}/posts/${postId}/edit`, headers });
      assert.equal(renderedFieldValue(edit.body, 'body'), value.replace(/\r\n?/g, '\n'), `${JSON.stringify(value)} did not come back as typed`);
    }
  });
});
