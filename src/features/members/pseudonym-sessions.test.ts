// The pseudonym secret lives in the session's memory: it answers while the session lasts, the same across sessions,
// and is gone at sign-out, at expiry and at restart. A password change keeps it; a reset replaces it.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { createAppWithAuthorshipProbe, signInMember, signUpMember } from '../../../test/support/member.ts';
import { postForm } from '../../../test/support/staff.ts';
import { CookieJar, testConfig, type TestApp } from '../../../test/support/test-app.ts';

interface Probe {
  status: number;
  authorship?: { kind: string; pseudonymId?: string; label?: string; memberId?: string };
  pseudonym?: { pseudonymId: string; label: string } | null;
  mine?: boolean | null;
  unavailable?: boolean;
}

async function probe(t: TestApp, client: CookieJar, context: string, claim?: string): Promise<Probe> {
  const query = new URLSearchParams({ context, ...(claim ? { claim } : {}) });
  const response = await t.app.inject({ url: `/test/authorship?${query}`, headers: { cookie: client.header() } });
  return response.statusCode === 200 ? { status: 200, ...response.json() } : { status: response.statusCode };
}

describeEachEngine('pseudonyms in member sessions', (database) => {
  let t: TestApp;
  const config = testConfig();
  const restarted: TestApp[] = [];
  before(async () => {
    t = await createAppWithAuthorshipProbe(database().db, database().engine, { config });
  });
  after(async () => {
    await t.app.close();
    for (const app of restarted) await app.app.close();
  });

  it('signs an at-risk member’s posts with a pseudonym, stable per context, different across contexts, theirs only', async () => {
    const member = await signUpMember(t, { atRisk: true });
    const first = await probe(t, member.client, 'network:n1');
    assert.equal(first.authorship?.kind, 'pseudonym');
    assert.match(first.authorship?.label ?? '', /^Participant [0-9A-Z]{4}-[0-9A-Z]{2}$/);
    assert.equal((await probe(t, member.client, 'network:n1')).authorship?.pseudonymId, first.authorship?.pseudonymId);
    assert.notEqual((await probe(t, member.client, 'network:n2')).authorship?.pseudonymId, first.authorship?.pseudonymId);
    assert.equal((await probe(t, member.client, 'network:n1', first.authorship?.pseudonymId)).mine, true);
    assert.equal((await probe(t, member.client, 'network:n2', first.authorship?.pseudonymId)).mine, false);
    const other = await signUpMember(t, { atRisk: true });
    assert.equal((await probe(t, other.client, 'network:n1', first.authorship?.pseudonymId)).mine, false);
    const again = await signInMember(t, member);
    assert.equal((await probe(t, again, 'network:n1')).authorship?.pseudonymId, first.authorship?.pseudonymId, 'the same in a new session');
  });

  it('signs a member not at risk with their name', async () => {
    const member = await signUpMember(t, { displayName: 'Open organiser' });
    const result = await probe(t, member.client, 'network:n1');
    assert.deepEqual(result.authorship, { kind: 'member', memberId: member.id, displayName: 'Open organiser' });
  });

  it('forgets the secret at sign-out and at expiry', async () => {
    const member = await signUpMember(t, { atRisk: true });
    const cookie = member.client.header();
    await postForm(t, member.client, '/sign-out', {}, '/account');
    assert.equal((await t.app.inject({ url: '/test/authorship?context=x', headers: { cookie } })).statusCode, 303);
    const later = await signInMember(t, member);
    assert.equal((await probe(t, later, 'x')).status, 200);
    t.clock.set(new Date(t.clock.now().getTime() + 12 * 3600_000 + 1000).toISOString());
    assert.equal((await probe(t, later, 'x')).status, 303, 'expired after 12 hours');
  });

  it('ends sessions after MEMBER_SESSION_HOURS when it is set', async () => {
    const short = await createAppWithAuthorshipProbe(database().db, database().engine, { config: testConfig({ MEMBER_SESSION_HOURS: '2' }) });
    restarted.push(short);
    const member = await signUpMember(short, { atRisk: true });
    short.clock.set(new Date(short.clock.now().getTime() + 2 * 3600_000 - 1000).toISOString());
    assert.equal((await probe(short, member.client, 'x')).status, 200);
    short.clock.set(new Date(short.clock.now().getTime() + 2000).toISOString());
    assert.equal((await probe(short, member.client, 'x')).status, 303, 'expired after 2 hours');
  });

  it('after a restart, counts an at-risk member as signed out and a member not at risk as having no pseudonym at hand', async () => {
    const atRisk = await signUpMember(t, { atRisk: true });
    const open = await signUpMember(t);
    const before = await probe(t, atRisk.client, 'forum:housing');
    const next = await createAppWithAuthorshipProbe(database().db, database().engine, { config });
    restarted.push(next);
    next.clock.set(t.clock.now().toISOString());
    assert.equal((await probe(next, atRisk.client, 'forum:housing')).status, 303);
    const openAfter = await probe(next, open.client, 'forum:housing');
    assert.equal(openAfter.unavailable, true);
    assert.equal((await probe(next, open.client, 'forum:housing', 'ANY')).mine, false);
    const signedInAgain = await signInMember(next, atRisk);
    assert.equal((await probe(next, signedInAgain, 'forum:housing')).authorship?.pseudonymId, before.authorship?.pseudonymId);
  });

  it('keeps the pseudonyms through a password change, and replaces them at a reset', async () => {
    const member = await signUpMember(t, { atRisk: true });
    const original = (await probe(t, member.client, 'network:n1')).authorship!.pseudonymId!;
    const changed = await postForm(t, member.client, '/account/password', {
      current: member.password, password: 'a brand new passphrase', confirm: 'a brand new passphrase',
    });
    assert.equal(changed.statusCode, 303);
    const afterChange = await signInMember(t, { email: member.email, password: 'a brand new passphrase' });
    assert.equal((await probe(t, afterChange, 'network:n1')).authorship?.pseudonymId, original);

    await postForm(t, new CookieJar(), '/sign-in/forgot', { email: member.email }, '/sign-in/forgot', '10.99.1.1');
    const link = /\/sign-in\/reset\/[\w-]+/.exec(t.mailer.sent.at(-1)!.text)![0];
    const reset = await postForm(t, new CookieJar(), link, { password: 'after the reset phrase', confirm: 'after the reset phrase' }, link, '10.99.1.1');
    assert.equal(reset.headers.location, '/sign-in?reset=1');
    assert.equal((await probe(t, afterChange, 'network:n1')).status, 303, 'the reset ended every session');
    const afterReset = await signInMember(t, { email: member.email, password: 'after the reset phrase' });
    const renewed = await probe(t, afterReset, 'network:n1', original);
    assert.notEqual(renewed.authorship?.pseudonymId, original);
    assert.equal(renewed.mine, false, 'the old pseudonym can no longer be claimed');
  });
});
