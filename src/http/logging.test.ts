import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import Fastify from 'fastify';
import { loggerOptions, maskUrl } from './logging.ts';

describe('request logging', () => {
  it('masks private tokens in paths and drops query strings', () => {
    assert.equal(maskUrl('/drafts/VV2FQ4VGnNzEWCvjDgJxdFzxK3mZYruZ1CvnMyubXJw/review?saved=1'), '/drafts/[token]/review');
    assert.equal(maskUrl('/calls/hrc56-civil-society-solidarity'), '/calls/hrc56-civil-society-solidarity');
  });

  it('writes no IP address, user agent, cookie or token into the log of a request', async () => {
    const lines: string[] = [];
    const stream = new Writable({ write(chunk, _encoding, done) { lines.push(String(chunk)); done(); } });
    const options = loggerOptions('info') as Record<string, unknown>;
    const app = Fastify({ logger: { ...options, stream } });
    app.get('/drafts/:token', async () => 'ok');
    await app.inject({
      url: '/drafts/Secret_Token_0123456789abcdefghij?lang=fr', remoteAddress: '203.0.113.77',
      headers: { 'user-agent': 'Mozilla/5.0 (Distinctive Phone)', cookie: 'staff_session=abc', 'x-forwarded-for': '198.51.100.9' },
    });
    await app.close();
    const log = lines.join('');
    assert.match(log, /\/drafts\/\[token\]/, 'the request was logged');
    for (const secret of ['203.0.113.77', '198.51.100.9', 'Distinctive Phone', 'staff_session', 'Secret_Token', 'lang=fr']) {
      assert.ok(!log.includes(secret), `log contains ${secret}`);
    }
  });
});
