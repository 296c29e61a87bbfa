import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { signUpMember } from '../../../test/support/member.ts';
import { createTestOrganisation, organisationWithAdmin } from '../../../test/support/network.ts';
import { postForm, signedInStaff } from '../../../test/support/staff.ts';
import { createTestApp, csrfTokenFrom, type CookieJar, type TestApp } from '../../../test/support/test-app.ts';
import { search } from '../search/index.ts';
import { hideInitiative } from './hide-initiative.ts';
import { cleanJpeg, cleanPng, gpsFingerprint, jpegWithGps, notAPicture, pngWithText } from '../../platform/documents/test-images.ts';

type Values = Record<string, string | string[]>;
interface Upload { field: string; filename: string; data: Buffer; type: string }

const typed: Values = {
  title: 'Caravan of solidarity with flooded villages', description: 'Unions and farmers bring tools.\n\nEvery Saturday in March.',
  rights: ['housing', 'food'], themes: ['climate-and-disasters'], countries: ['KE', 'UG'], language: 'en',
  'starts-on': '2026-03-01', 'ends-on': '2026-03-29', link: 'https://caravan.example.org/flood',
};

describeEachEngine('initiatives routes', (database, engine) => {
  let t: TestApp;
  let author: { id: string; displayName: string; client: CookieJar };
  let staff: CookieJar;

  before(async () => {
    const { db } = database();
    t = await createTestApp(db, engine);
    author = await signUpMember(t);
    staff = (await signedInStaff(t, db, { role: 'call-manager' })).jar;
  });
  after(() => t.app.close());

  const get = (url: string, jar?: CookieJar, headers: Record<string, string> = {}) =>
    t.app.inject({ url, headers: { ...(jar ? { cookie: jar.header() } : {}), ...headers } });

  /** Posts the form of `formPage` as a browser does: multipart, with the page's CSRF token and the chosen files. */
  async function postMultipart(jar: CookieJar, url: string, values: Values, files: Upload[] = [], formPage = url): Promise<LightMyRequestResponse> {
    const page = await get(formPage, jar);
    jar.store(page);
    const form = new FormData();
    form.append('_csrf', csrfTokenFrom(page.body));
    for (const [name, value] of Object.entries(values)) for (const item of [value].flat()) form.append(name, item);
    for (const file of files) form.append(file.field, new Blob([new Uint8Array(file.data)], { type: file.type }), file.filename);
    const response = await t.app.inject({ method: 'POST', url, payload: form, headers: { cookie: jar.header() } });
    jar.store(response);
    return response;
  }

  async function post(values: Values, files: Upload[] = [], jar = author.client): Promise<string> {
    const response = await postMultipart(jar, '/initiatives/new', values, files);
    assert.equal(response.statusCode, 303, response.body.slice(0, 2000));
    assert.equal(response.headers.location, '/initiatives/mine?done=posted');
    const row = await database().db.selectFrom('initiatives').select('id').where('title', '=', String(values.title)).executeTakeFirstOrThrow();
    return row.id;
  }

  const moderate = (id: string, action: 'approve' | 'reject', reason = '') =>
    postForm(t, staff, `/staff/network/initiatives/${id}/${action}`, action === 'reject' ? { reason } : {}, `/staff/network/initiatives/${id}`);

  it('asks for a description of every picture', async () => {
    const response = await postMultipart(author.client, '/initiatives/new', { ...typed, title: 'No description' },
      [{ field: 'image-1', filename: 'a.jpg', data: cleanJpeg(), type: 'image/jpeg' }]);
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /id="f-image-1-alt-error">Describe this picture for people who cannot see it\./);
  });

  describe('moderation before publication', () => {
    const withPictures: Values = { ...typed, title: 'Pictures of the caravan', 'image-1-alt': 'Trucks loaded with tools', 'image-2-alt': 'The caravan’s poster' };
    let id: string;
    let imageIds: string[];

    before(async () => {
      id = await post(withPictures, [
        { field: 'image-1', filename: 'IMG_2041.jpg', data: jpegWithGps(), type: 'image/jpeg' },
        { field: 'image-2', filename: 'poster.png', data: pngWithText(), type: 'image/png' },
      ]);
      imageIds = (await database().db.selectFrom('initiative_images').select('id').where('initiative_id', '=', id).orderBy('position').execute()).map((r) => r.id);
    });

    it('keeps a pending initiative, its pictures and its search entry from the public', async () => {
      assert.equal(imageIds.length, 2);
      assert.equal((await get(`/initiatives/${id}`)).statusCode, 404);
      assert.doesNotMatch((await get('/initiatives')).body, /Pictures of the caravan/);
      assert.equal((await get(`/initiatives/${id}/images/${imageIds[0]}`)).statusCode, 404);
      const own = await get(`/initiatives/${id}/images/${imageIds[0]}`, author.client);
      assert.equal(own.statusCode, 200, 'the author sees their own pictures');
      assert.equal(own.headers['cache-control'], 'private, no-store');
      const mine = await get('/initiatives/mine', author.client);
      assert.match(mine.body, /Pictures of the caravan/);
      assert.match(mine.body, /Waiting for review/);
    });

    it('lists it for staff, who publish it: then it is on the list, its page, the map and in search', async () => {
      const queue = await get('/staff/network/initiatives', staff);
      assert.match(queue.body, new RegExp(`href="/staff/network/initiatives/${id}"`));
      const approved = await moderate(id, 'approve');
      assert.equal(approved.statusCode, 303);
      assert.equal(approved.headers.location, '/staff/network/initiatives?done=approved');

      const page = await get(`/initiatives/${id}`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<h1 lang="en">Pictures of the caravan<\/h1>/);
      assert.match(page.body, new RegExp(`<img src="/initiatives/${id}/images/${imageIds[0]}" alt="Trucks loaded with tools" width="16" height="12" loading="lazy"`));
      assert.match(page.body, /href="https:\/\/caravan\.example\.org\/flood" rel="nofollow noopener noreferrer ugc"/);
      assert.match((await get('/initiatives?country=UG')).body, /Pictures of the caravan/);
      const map = await get('/initiatives/map');
      assert.match(map.body, /<a href="\/initiatives\?country=KE" aria-label="[^"]+"><path d="[^"]+" fill="#[0-9a-f]{6}" data-country="KE">/);
      assert.match(map.body, /<th scope="row"><a href="\/initiatives\?country=UG">/);
      const results = await search(database().db, engine, { query: 'caravan', audience: 'public', limit: 10, offset: 0 });
      assert.ok(results.results.some((r) => r.entry.refId === id && r.entry.url === `/initiatives/${id}`));
    });

    it('serves only the stripped pictures: no EXIF, GPS or XMP in the JPEG, no text chunks in the PNG, pixels untouched', async () => {
      const jpeg = await get(`/initiatives/${id}/images/${imageIds[0]}`);
      assert.equal(jpeg.statusCode, 200);
      assert.equal(jpeg.headers['content-type'], 'image/jpeg');
      assert.equal(jpeg.headers['x-content-type-options'], 'nosniff');
      assert.equal(jpeg.headers['cache-control'], 'public, no-cache');
      const served = jpeg.rawPayload;
      for (const marker of ['Exif', 'GPS', 'xmpmeta', 'ns.adobe.com']) assert.ok(!served.includes(Buffer.from(marker)), `${marker} left in the JPEG`);
      assert.ok(!served.includes(gpsFingerprint()), 'the GPS position is left in the JPEG');
      assert.ok(served.equals(cleanJpeg()), 'the JPEG is the camera picture minus its metadata, byte for byte (so the same pixels)');
      const png = await get(`/initiatives/${id}/images/${imageIds[1]}`);
      assert.equal(png.headers['content-type'], 'image/png');
      for (const chunk of ['tEXt', 'iTXt', 'eXIf', 'Jane Doe']) assert.ok(!png.rawPayload.includes(Buffer.from(chunk)), `${chunk} left in the PNG`);
      assert.ok(png.rawPayload.equals(cleanPng()), 'the PNG keeps its image data');
      const stored = await database().db.selectFrom('initiative_images').select('data').where('initiative_id', '=', id).execute();
      assert.ok(stored.every((row) => !Buffer.from(row.data).includes(gpsFingerprint())), 'nothing stored holds the GPS position');
      const again = await get(`/initiatives/${id}/images/${imageIds[0]}`, undefined, { 'if-none-match': String(jpeg.headers.etag) });
      assert.equal(again.statusCode, 304, 'a browser that has the picture revalidates without downloading it');
    });

    it('takes it off the public pages when its author withdraws it', async () => {
      const withdrawn = await postForm(t, author.client, `/initiatives/${id}/withdraw`, {}, '/initiatives/mine');
      assert.equal(withdrawn.statusCode, 303);
      assert.equal((await get(`/initiatives/${id}`)).statusCode, 404);
      assert.equal((await get(`/initiatives/${id}/images/${imageIds[0]}`)).statusCode, 404);
      assert.doesNotMatch((await get('/initiatives/map')).body, /href="\/initiatives\?country=KE"/);
    });
  });

  it('changes a published initiative: pictures kept, re-described, removed and added; back to moderation meanwhile', async () => {
    const id = await post({ ...typed, title: 'Changing pictures', 'image-1-alt': 'First', 'image-2-alt': 'Second' }, [
      { field: 'image-1', filename: 'a.jpg', data: cleanJpeg(), type: 'image/jpeg' },
      { field: 'image-2', filename: 'b.png', data: cleanPng(), type: 'image/png' },
    ]);
    await moderate(id, 'approve');
    const [first, second] = (await database().db.selectFrom('initiative_images').select('id').where('initiative_id', '=', id).orderBy('position').execute()).map((r) => r.id);
    const form = await get(`/initiatives/${id}/edit`, author.client);
    assert.match(form.body, /If you save changes, it leaves the public pages/);
    const saved = await postMultipart(author.client, `/initiatives/${id}/edit`, {
      ...typed, title: 'Changing pictures, changed', [`kept-${first}-alt`]: 'First, described better', [`kept-${second}-alt`]: 'Second',
      [`kept-${second}-remove`]: '1', 'image-1-alt': 'Third',
    }, [{ field: 'image-1', filename: 'c.jpg', data: jpegWithGps(), type: 'image/jpeg' }]);
    assert.equal(saved.statusCode, 303);
    assert.equal((await get(`/initiatives/${id}`)).statusCode, 404, 'unreviewed changes are not public');
    const images = await database().db.selectFrom('initiative_images').select(['id', 'alt', 'data']).where('initiative_id', '=', id).orderBy('position').execute();
    assert.deepEqual(images.map((image) => image.alt), ['First, described better', 'Third']);
    assert.equal(images[0]!.id, first);
    assert.ok(Buffer.from(images[1]!.data).equals(cleanJpeg()), 'the added picture was stripped too');
    await moderate(id, 'approve');
    assert.match((await get(`/initiatives/${id}`)).body, /Changing pictures, changed/);
  });

  it('refuses a change from an author blocked from posting, in their language, keeping what they typed; by pseudonym too', async () => {
    const admin = (await signedInStaff(t, database().db)).jar;
    const reporter = await signUpMember(t);
    /** Posts and publishes an initiative, has it reported and its author blocked platform-wide from the moderation desk. */
    async function blockedAuthorOf(title: string, jar: CookieJar): Promise<string> {
      const id = await post({ ...typed, title }, [], jar);
      await moderate(id, 'approve');
      assert.equal((await postForm(t, reporter.client, `/report/initiative/${id}`, { reason: 'spam', note: '' })).statusCode, 303);
      const desk = (await get('/staff/network/moderation', admin)).body;
      const caseId = new RegExp(`href="/staff/network/moderation/cases/([\\w-]+)">${title}<`).exec(desk)![1]!;
      const blocked = await postForm(t, admin, `/staff/network/moderation/cases/${caseId}/block`, { blockReason: 'spam', blockEndsOn: '2099-12-31', blockNote: '' }, `/staff/network/moderation/cases/${caseId}`);
      assert.equal(blocked.statusCode, 303);
      return id;
    }
    const named = await signUpMember(t);
    const atRisk = await signUpMember(t, { atRisk: true });
    for (const [who, jar] of [['named', named.client], ['pseudonymous', atRisk.client]] as const) {
      const title = `Blocked later, ${who}`;
      const id = await blockedAuthorOf(title, jar);
      jar.store(await get(`/lang/fr?next=/initiatives/${id}/edit`, jar));
      const refused = await postMultipart(jar, `/initiatives/${id}/edit`, { ...typed, title: `${title}, changed`, description: 'A new text the author typed.' }, [], `/initiatives/${id}/edit`);
      assert.equal(refused.statusCode, 422, `${who}: ${refused.statusCode}`);
      assert.match(refused.body, /id="f-description-error">Vous ne pouvez pas publier ici pour spam jusqu’au 2099-12-31 inclus\./);
      assert.match(refused.body, new RegExp(`value="${title}, changed"`));
      assert.match(refused.body, /A new text the author typed\./);
      const row = await database().db.selectFrom('initiatives').select(['title', 'status']).where('id', '=', id).executeTakeFirstOrThrow();
      assert.deepEqual(row, { title, status: 'published' }, `${who}: nothing changed, still public`);
    }
  });

  it('keeps the page of a hidden initiative, saying why, without its text or pictures', async () => {
    const id = await post({ ...typed, title: 'Hidden by moderators later', description: 'Text that broke the rules.' });
    await moderate(id, 'approve');
    await hideInitiative({ db: database().db, clock: t.clock, publicPages: { invalidate() {} } as never }, id, 'doxing');
    const page = await get(`/initiatives/${id}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Hidden by moderators\. Reason: Doxing\./);
    assert.doesNotMatch(page.body, /Text that broke the rules/);
  });

  it('refuses a file that only pretends to be a JPEG, beside its field, keeping everything typed', async () => {
    const values = { ...typed, title: 'Disguised file', 'image-1-alt': 'A photo of the meeting' };
    const response = await postMultipart(author.client, '/initiatives/new', values, [
      { field: 'image-1', filename: 'photo.jpg', data: notAPicture(), type: 'image/jpeg' },
    ]);
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /<p class="field-error" id="f-image-1-error">photo\.jpg is not a JPEG or PNG picture\.<\/p>\s*<input type="file" id="f-image-1"/);
    assert.match(response.body, /value="Disguised file"/);
    assert.match(response.body, /Unions and farmers bring tools\.\r?\n\r?\nEvery Saturday in March\./);
    assert.match(response.body, /value="A photo of the meeting"/);
    assert.match(response.body, /value="housing" checked/);
    assert.match(response.body, /<option value="UG" selected/);
    assert.match(response.body, /value="2026-03-01"/);
    const stored = await database().db.selectFrom('initiatives').select('id').where('title', '=', 'Disguised file').execute();
    assert.equal(stored.length, 0, 'nothing is stored from a refused form');
  });

  it('words the refusal in the reader’s language', async () => {
    author.client.store(await get('/lang/fr?next=/initiatives/new', author.client));
    try {
      const response = await postMultipart(author.client, '/initiatives/new', { ...typed, title: 'En français', 'image-1-alt': 'x' },
        [{ field: 'image-1', filename: 'photo.jpg', data: notAPicture(), type: 'image/jpeg' }]);
      assert.equal(response.statusCode, 422);
      assert.match(response.body, /photo\.jpg n’est pas une image JPEG ou PNG\./);
    } finally {
      author.client.store(await get('/lang/en?next=/initiatives/new', author.client));
    }
  });

  it('rejects with a reason the author reads', async () => {
    const id = await post({ ...typed, title: 'Needs another look' });
    const empty = await moderate(id, 'reject', '');
    assert.equal(empty.statusCode, 422);
    assert.match(empty.body, /Give the reason: the author will read it\./);
    const rejected = await moderate(id, 'reject', 'The link leads to a page naming a private person.');
    assert.equal(rejected.headers.location, '/staff/network/initiatives?done=rejected');
    assert.equal((await get(`/initiatives/${id}`)).statusCode, 404);
    const mine = await get('/initiatives/mine', author.client);
    assert.match(mine.body, /Not published/);
    assert.match(mine.body, /The link leads to a page naming a private person\./);
  });

  it('keeps another member, and anyone signed out, away from an author’s initiative', async () => {
    const id = await post({ ...typed, title: 'Only mine' });
    const other = await signUpMember(t);
    assert.equal((await get(`/initiatives/${id}/edit`, other.client)).statusCode, 404);
    const withdraw = await postForm(t, other.client, `/initiatives/${id}/withdraw`, {}, '/initiatives/new');
    assert.equal(withdraw.statusCode, 404);
    const signedOut = await get('/initiatives/new');
    assert.equal(signedOut.statusCode, 303);
    assert.match(String(signedOut.headers.location), /^\/sign-in\?next=/);
  });

  it('posts on behalf of an organisation the author belongs to, never one in at-risk mode or one they do not', async () => {
    const { db } = database();
    const union = await createTestOrganisation(db, author.id, { name: 'Flood Relief Union' });
    const hidden = await createTestOrganisation(db, author.id, { name: 'Quiet Collective', atRiskMode: 'networks' });
    const strangers = (await organisationWithAdmin(db, { name: 'Not Theirs' })).organisation;
    const form = await get('/initiatives/new', author.client);
    assert.match(form.body, new RegExp(`<option value="${union.id}">Flood Relief Union</option>`));
    assert.doesNotMatch(form.body, /Quiet Collective/);
    const id = await post({ ...typed, title: 'For the union', organisation: union.id });
    const forged = await post({ ...typed, title: 'For strangers', organisation: strangers.id });
    const forHidden = await post({ ...typed, title: 'For the quiet ones', organisation: hidden.id });
    for (const each of [id, forged, forHidden]) await moderate(each, 'approve');
    assert.match((await get(`/initiatives/${id}`)).body, new RegExp(`${author.displayName}, for Flood Relief Union`));
    assert.doesNotMatch((await get(`/initiatives/${forged}`)).body, /Not Theirs/);
    assert.doesNotMatch((await get(`/initiatives/${forHidden}`)).body, /Quiet Collective/);
  });

  it('signs an at-risk member’s initiative with a pseudonym only, which they still manage', async () => {
    const atRisk = await signUpMember(t, { atRisk: true, displayName: 'Amina Real-Name' });
    const form = await get('/initiatives/new', atRisk.client);
    assert.match(form.body, /signed “Participant [0-9A-Z]{4}-[0-9A-Z]{2}”/);
    const id = await post({ ...typed, title: 'Under a pseudonym' }, [], atRisk.client);
    const row = await database().db.selectFrom('initiatives').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    for (const [column, value] of Object.entries(row)) {
      assert.ok(!String(value).includes(atRisk.id) && !String(value).includes('Amina'), `${column} links the initiative to the account`);
    }
    assert.match((await get('/initiatives/mine', atRisk.client)).body, /Under a pseudonym/);
    assert.equal((await get(`/initiatives/${id}/edit`, atRisk.client)).statusCode, 200);
    await moderate(id, 'approve');
    const page = await get(`/initiatives/${id}`);
    assert.match(page.body, /Participant [0-9A-Z]{4}-[0-9A-Z]{2} \(pseudonym\)/);
    assert.doesNotMatch(page.body, /Amina/);
  });
});
