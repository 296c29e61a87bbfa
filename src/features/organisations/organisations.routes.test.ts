// Organisations through the real app: the creation form without JavaScript (422, errors beside fields, values
// kept), invitation links, and the website rendered as a link the server never follows.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { signUpMember } from '../../../test/support/member.ts';
import { addToOrganisation, signedInOrganisationAdmin } from '../../../test/support/network.ts';
import { postForm } from '../../../test/support/staff.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

describeEachEngine('organisation pages', (database) => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp(database().db, database().engine);
  });
  after(() => t.app.close());

  it('sends a signed-out visitor to sign in before creating an organisation', async () => {
    const response = await t.app.inject({ url: '/organisations/new' });
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/sign-in?next=%2Forganisations%2Fnew');
  });

  it('re-renders the form with 422, localised errors beside the fields and what was typed', async () => {
    const member = await signUpMember(t);
    await t.app.inject({ url: '/lang/es?next=/' }).then((r) => member.client.store(r));
    const response = await postForm(t, member.client, '/organisations/new', {
      name: '', kind: 'ngo', countries: ['CO', 'EC'], themes: 'environment', website: 'ftp://archive.example', description: 'Ríos libres <b>',
    }, '/organisations/new');
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /id="f-name-error">Indique el nombre de la organización/);
    assert.match(response.body, /id="f-website-error">Indique una dirección web completa/);
    assert.match(response.body, /value="ftp:\/\/archive\.example"/);
    assert.match(response.body, /<option value="CO" selected/);
    assert.match(response.body, /<option value="environment" selected/);
    assert.match(response.body, /Ríos libres &lt;b>/);
  });

  it('creates the organisation, makes its creator administrator and links its website without following it', async () => {
    const member = await signUpMember(t);
    const response = await postForm(t, member.client, '/organisations/new', {
      name: 'Coalición de Ríos Libres', kind: 'community-group', countries: ['CO', 'EC'], themes: ['environment', 'climate-and-disasters'],
      languages: ['es', 'qu'], website: 'https://rios-libres.example/quienes-somos', description: 'Defendemos los ríos.\n\nDesde 1998.',
    }, '/organisations/new');
    assert.equal(response.statusCode, 303);
    const profile = await t.app.inject({ url: String(response.headers.location), headers: { cookie: member.client.header() } });
    assert.equal(profile.statusCode, 200);
    assert.match(profile.body, /<h1>Coalición de Ríos Libres/);
    assert.match(profile.body, /<a href="https:\/\/rios-libres\.example\/quienes-somos" rel="nofollow noopener">/);
    assert.match(profile.body, /<p>Defendemos los ríos\.<\/p><p>Desde 1998\.<\/p>/);
    assert.match(profile.body, /href="\/organisations\/[\w-]+\/edit"/);
    const anonymous = await t.app.inject({ url: String(response.headers.location).split('?')[0]! });
    assert.doesNotMatch(anonymous.body, /\/edit"/, 'only administrators are offered editing');
    const directory = await t.app.inject({ url: '/organisations?country=EC&theme=environment' });
    assert.match(directory.body, /Coalición de Ríos Libres/);
    const filtered = await t.app.inject({ url: '/organisations?country=FR' });
    assert.doesNotMatch(filtered.body, /Coalición de Ríos Libres/);
  });

  it('invites by email; the link, opened while signed in, joins the organisation once', async () => {
    const { organisation, admin } = await signedInOrganisationAdmin(t, { name: 'Habitat Defenders' });
    const membersPage = `/organisations/${organisation.id}/members`;
    const invalid = await postForm(t, admin.client, `/organisations/${organisation.id}/invitations`, { email: 'nobody' }, membersPage);
    assert.equal(invalid.statusCode, 422);
    assert.match(invalid.body, /value="nobody"/);
    const sent = await postForm(t, admin.client, `/organisations/${organisation.id}/invitations`, { email: 'friend@habitat.example' }, membersPage);
    assert.equal(sent.statusCode, 303);
    const link = /https?:\/\/[^\s]+\/organisations\/invitations\/[\w-]+/.exec(t.mailer.sent.find((m) => m.to === 'friend@habitat.example')!.text)![0];
    const path = new URL(link).pathname;
    assert.equal((await t.app.inject({ url: path })).statusCode, 303, 'signed out: sign in first');
    const friend = await signUpMember(t, { email: 'friend@habitat.example', displayName: 'Friend of Habitat' });
    const page = await t.app.inject({ url: path, headers: { cookie: friend.client.header() } });
    assert.match(page.body, /Habitat Defenders/);
    const joined = await postForm(t, friend.client, path, {}, path);
    assert.equal(joined.statusCode, 303);
    assert.match(String(joined.headers.location), new RegExp(`/organisations/${organisation.id}\\?done=joined`));
    const list = await t.app.inject({ url: membersPage, headers: { cookie: admin.client.header() } });
    assert.match(list.body, /Friend of Habitat/);
    const again = await t.app.inject({ url: path, headers: { cookie: friend.client.header() } });
    assert.equal(again.statusCode, 404);
  });

  it('keeps the last administrator, and tells why; a member leaves', async () => {
    const { organisation, admin } = await signedInOrganisationAdmin(t);
    const response = await postForm(t, admin.client, `/organisations/${organisation.id}/leave`, {}, `/organisations/${organisation.id}/members`);
    assert.equal(response.statusCode, 303);
    const page = await t.app.inject({ url: String(response.headers.location), headers: { cookie: admin.client.header() } });
    assert.match(page.body, /must keep an administrator/);
    const member = await signUpMember(t);
    await addToOrganisation(t.db, organisation.id, member.id);
    const left = await postForm(t, member.client, `/organisations/${organisation.id}/leave`, {}, `/organisations/${organisation.id}/members`);
    assert.equal(left.headers.location, '/organisations?done=left');
    assert.match((await t.app.inject({ url: '/organisations?done=left' })).body, /You have left the organisation/);
  });

  it('refuses a state change without the CSRF token', async () => {
    const { organisation, admin } = await signedInOrganisationAdmin(t);
    const response = await t.app.inject({
      method: 'POST', url: `/organisations/${organisation.id}/edit`, payload: 'name=Hijacked',
      headers: { cookie: admin.client.header(), 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(response.statusCode, 403);
  });
});
