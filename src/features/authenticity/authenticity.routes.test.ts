import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { SubmitterClient } from '../../../test/support/submitter.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import {
  groupedFingerprint, listPublicSigningKeys, publishedKeysPath, readPublishedKeys, signDocument, verifyWithKeys,
} from '../../platform/signing/index.ts';

const payload = { title: 'Solidarité <script>alert(1)</script>', text: 'Premier paragraphe.\nSecond paragraphe.', signatories: 12 };
const signedAt = new Date('2026-12-03T10:15:00.000Z');

describeEachEngine('verification page', (database) => {
  let t: TestApp;
  let file: string;

  before(async () => {
    const { db, engine } = database();
    t = await createTestApp(db, engine);
  });
  after(() => t.app.close());

  it('explains how to check a copy, and says there is no key yet before anything was signed', async () => {
    const page = await new SubmitterClient(t.app).get('/verify');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<h1>Check a signed statement<\/h1>/);
    assert.match(page.body, /enctype="multipart\/form-data"/);
    assert.match(page.body, /No statement has been signed yet/);
    assert.match(page.body, /npm run verify -- statement.json --keys isp-signing-keys.json/);
  });

  it('lists the signing key with its fingerprint once something was signed', async () => {
    file = await signDocument(database().db, { sessionSecret: 'a-session-secret-of-at-least-32-characters' }, 'solidarity-statement', payload, signedAt);
    const [key] = await listPublicSigningKeys(database().db);
    const page = await new SubmitterClient(t.app).get('/verify');
    assert.ok(page.body.includes(`<code>${groupedFingerprint(key!.keyId)}</code>`));
    assert.match(page.body, /Current key/);
  });

  it('says a pasted genuine file is genuine and shows what it says, escaped, with its line breaks', async () => {
    const client = new SubmitterClient(t.app);
    await client.get('/verify');
    const result = await client.post('/verify', { text: file });
    assert.equal(result.statusCode, 200);
    assert.match(result.body, /<h2 id="verdict">Genuine and unaltered<\/h2>/);
    assert.match(result.body, /3 December 2026 at 10:15 UTC/);
    assert.ok(result.body.includes('Solidarité &lt;script>alert(1)&lt;/script>'));
    assert.ok(result.body.includes('Premier paragraphe.<br/>Second paragraphe.'));
    assert.doesNotMatch(result.body, /<script>alert/);
  });

  it('checks an uploaded file the same way, and in the reader’s language', async () => {
    const client = new SubmitterClient(t.app);
    await client.get('/lang/fr?next=/verify');
    await client.get('/verify');
    const result = await client.post('/verify', {}, [{ field: 'file', filename: 'statement.json', data: Buffer.from(file), type: 'application/json' }]);
    assert.equal(result.statusCode, 200);
    assert.match(result.body, /<h2 id="verdict">Authentique et non modifié<\/h2>/);
  });

  it('says an altered copy is altered, and a file from another key is not ours', async () => {
    const client = new SubmitterClient(t.app);
    await client.get('/verify');
    const altered = await client.post('/verify', { text: file.replace('"signatories": 12', '"signatories": 13') });
    assert.equal(altered.statusCode, 200);
    assert.match(altered.body, /Altered: do not trust this copy/);
    assert.doesNotMatch(altered.body, /<h2 id="verdict">Genuine/);
    const { keyId } = JSON.parse(file) as { keyId: string };
    const stranger = await client.post('/verify', { text: file.replace(keyId, `${keyId.slice(0, -1)}${keyId.endsWith('0') ? '1' : '0'}`) });
    assert.match(stranger.body, /Not signed by this platform/);
  });

  it('refuses what it cannot read with 422, the reason beside the field and the pasted text kept', async () => {
    const client = new SubmitterClient(t.app);
    await client.get('/verify');
    const pasted = '{"format": "isp-signed/1", "title": "Forged & proud"';
    const unreadable = await client.post('/verify', { text: pasted });
    assert.equal(unreadable.statusCode, 422);
    assert.match(unreadable.body, /id="f-text-error">This is not a signed file: its text is not in the JSON format/);
    assert.ok(unreadable.body.includes('>\n{&quot;format&quot;: &quot;isp-signed/1&quot;, &quot;title&quot;: &quot;Forged &amp; proud&quot;</textarea>'));
    const nothing = await client.post('/verify', { text: '  ' });
    assert.equal(nothing.statusCode, 422);
    assert.match(nothing.body, /id="f-file-error">Choose a signed file, or paste its text./);
    const pdf = await client.post('/verify', {}, [{ field: 'file', filename: 'statement.pdf', data: Buffer.from([0x25, 0x50, 0x44, 0x46, 0xff]) }]);
    assert.equal(pdf.statusCode, 422);
    assert.match(pdf.body, /id="f-file-error">This is not a text file/);
  });

  it('publishes the public keys as a file that checks copies offline', async () => {
    const response = await t.app.inject({ url: publishedKeysPath });
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^application\/json/);
    assert.equal(response.headers['cache-control'], 'public, max-age=300');
    const { platform, keys } = readPublishedKeys(response.body);
    assert.equal(platform, 'http://127.0.0.1:3000');
    assert.deepEqual(keys, await listPublicSigningKeys(database().db));
    assert.equal(verifyWithKeys(file, keys).verdict, 'genuine');
    assert.equal(verifyWithKeys(file.replace('Premier', 'Dernier'), keys).verdict, 'altered');
  });
});
