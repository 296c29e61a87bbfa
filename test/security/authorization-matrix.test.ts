// Every staff route, walked with every role and with no session: each is reachable by exactly the roles the
// policy below names, and by nobody signed out. The policy is written out here on its own, as a specification,
// so a change to the guards in the code has to agree with it; a staff route missing from it fails the test.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { StaffRole } from '../../src/features/accounts/index.ts';
import { listCodebook, seedCodebook } from '../../src/features/analysis/index.ts';
import { postInitiative } from '../../src/features/initiatives/post-initiative.ts';
import { startImportWorker } from '../../src/features/mail-import/import-worker.ts';
import { startUploadImport } from '../../src/features/mail-import/upload-import.ts';
import { moderationRegistry } from '../../src/features/moderation/registry.ts';
import { reportItem } from '../../src/features/moderation/report-item.ts';
import { describeEachEngine } from '../support/engines.ts';
import { organisationWithAdmin } from '../support/network.ts';
import { createSubmittedInput, createTestCall } from '../support/factories.ts';
import { composeEmail } from '../support/mail.ts';
import { createMember } from '../support/member.ts';
import { createStaffUser, postForm, signedInStaff } from '../support/staff.ts';
import { createTestApp, testConfig, type CookieJar, type TestApp } from '../support/test-app.ts';

const everyone: readonly StaffRole[] = ['admin', 'call-manager', 'recipient', 'analyst'];
const handleInputs: readonly StaffRole[] = ['admin', 'call-manager', 'recipient'];
const manageCalls: readonly StaffRole[] = ['admin', 'call-manager'];
/** Files and the redaction page are content: only members the input is sealed to (call managers hold no box). */
const decryptInputs: readonly StaffRole[] = ['admin', 'recipient'];

/** Who may use each staff route, by its pattern; the first match wins. */
const policy: readonly [RegExp, readonly StaffRole[]][] = [
  [/^\/staff$/, everyone],
  [/^\/staff\/(password|two-factor)(\/|$)/, everyone],
  [/^\/staff\/calls\/:id\/inputs$/, handleInputs],
  /** Aggregates only, nothing opened: every role (recipients only for their calls). */
  [/^\/staff\/calls\/:id\/dashboard$/, everyone],
  [/^\/staff\/calls\/:id\/aggregates\.(json|csv|html)$/, everyone],
  /** Co-occurrence counts codes on each input, and codings are sealed: members the inputs are sealed to. */
  [/^\/staff\/calls\/:id\/co-occurrence$/, decryptInputs],
  /** The synthesis reads the answers: members the inputs are sealed to. */
  [/^\/staff\/calls\/:id\/synthesis\.docx$/, decryptInputs],
  [/^\/staff\/inputs\/:id\/(attachments\/|publish$|letter$)/, decryptInputs],
  [/^\/staff\/inputs\//, handleInputs],
  /** Answers and quotes are content: the analysis workspace opens only to members inputs are sealed to. */
  [/^\/staff\/calls\/:id\/(questions|quotes)(\/:questionId)?(\/|$)/, decryptInputs],
  /** Codebooks are staff-written, not confidential: whoever handles the call's inputs keeps them. */
  [/^\/staff\/calls\/:id\/codebook(\/|$)/, handleInputs],
  [/^\/staff\/calls\/:id\/recipients$/, manageCalls],
  [/^\/staff\/calls(\/|$)/, manageCalls],
  [/^\/staff\/members(\/|$)/, ['admin']],
  [/^\/staff\/audit$/, ['admin']],
  /** Messages kept to sort are sealed to administrators only. */
  [/^\/staff\/imports\/to-sort(\/|$)/, ['admin']],
  /** Verifying organisations vouches for them to every member, and at-risk ones are listed: administrators only. */
  [/^\/staff\/network\/organisations(\/|$)/, ['admin']],
  /** Moderation of the whole platform and its appeals: the mandate's administrators (docs/MODERATION.md). */
  [/^\/staff\/network\/moderation(\/|$)/, ['admin']],
  [/^\/staff\/imports(\/|$)/, manageCalls],
  /** Initiatives are written to be public, nothing to decrypt: those who decide what the mandate publishes. */
  [/^\/staff\/network\/initiatives(\/|$)/, manageCalls],
];
/** Staff routes used before signing in, or to leave: not part of the matrix. */
const signInRoutes = /^\/staff\/(sign-in|sign-out|setup)(\/|$)/;

function allowedRoles(url: string): readonly StaffRole[] {
  const entry = policy.find(([pattern]) => pattern.test(url));
  assert.ok(entry, `staff route ${url} has no entry in the authorisation policy`);
  return entry[1];
}

describeEachEngine('authorisation matrix', (database) => {
  let t: TestApp;
  const jars = new Map<StaffRole, CookieJar>();
  const values: Record<string, string> = {};
  /** Whole addresses for routes whose id must name a particular kind of thing. */
  const exact: Record<string, string> = {};

  before(async () => {
    const { db, engine } = database();
    t = await createTestApp(db, engine);
    const call = await createTestCall(db, { referenceCode: 'MATRIX' });
    // Everyone signs in first, and the recipient is assigned to the call, so the input is sealed to whom it should be.
    for (const role of everyone) {
      const member = await signedInStaff(t, db, { role });
      jars.set(role, member.jar);
      if (role === 'recipient') await db.insertInto('call_recipients').values({ call_id: call.id, user_id: member.id, assigned_at: '2026-11-23T10:00:00Z' }).execute();
    }
    const input = await createSubmittedInput(db, call, { attachment: { filename: 'a.pdf', mediaType: 'application/pdf', data: Buffer.from('%PDF-1.4\n%%EOF\n') } });
    const attachment = await db.selectFrom('attachments').select('id').where('submission_id', '=', input.id).executeTakeFirstOrThrow();
    const other = await createStaffUser(db);
    Object.assign(values, {
      'calls/:id': call.id, 'inputs/:id': input.id, 'attachments/:attachmentId': attachment.id,
      'questionnaires/:qid': call.questionnaires[0]!.id, 'questions/:questionId': call.questionnaires[0]!.questions[0]!.id,
      'members/:id': other.id,
    });
    // An email import: one message becomes an input of the call (the letter page), the other waits to be sorted.
    const deps = { db, clock: t.clock, config: testConfig() };
    const raws = await Promise.all([
      composeEmail({ from: 'Network <info@network.example>', to: call.contactEmail, subject: call.emailSubject, text: 'Our answers to your questions.' }),
      composeEmail({ from: 'Someone <someone@elsewhere.example>', to: 'nobody@elsewhere.example', subject: 'Unrelated', text: 'Nothing to do with a call.' }),
    ]);
    const started = await startUploadImport(deps, other.id, null, raws.map((data, i) => ({ filename: `${i}.eml`, data })));
    if (started.kind !== 'started') throw new Error('the test mailbox holds no message');
    const worker = startImportWorker(deps, { pollMs: 60_000 });
    worker.wake();
    await worker.idle();
    await worker.stop();
    const imported = await db.selectFrom('imported_inputs').select('submission_id').executeTakeFirstOrThrow();
    const kept = await db.selectFrom('mail_messages').select('id').executeTakeFirstOrThrow();
    Object.assign(values, { 'imports/:id': started.importId, 'to-sort/:id': kept.id });
    exact['/staff/inputs/:id/letter'] = `/staff/inputs/${imported.submission_id}/letter`;
    // A code to open the codebook's editing page on.
    await seedCodebook(db, call.id, { categories: [{ key: 'themes', label: { en: 'Themes' } }], codes: [{ key: 'theme', category: 'themes', label: { en: 'Theme' }, terms: {} }] });
    values['codebook/:codeId'] = (await listCodebook(db, call.id))[0]!.codes[0]!.id;
    // An organisation to open the verification page on.
    values['organisations/:id'] = (await organisationWithAdmin(db)).organisation.id;
    // An initiative waiting for moderation, to open its review page on.
    const poster = { kind: 'member' as const, memberId: (await createMember(db)).id, organisationId: null };
    const initiative = { title: 'Matrix', description: 'Walked.', rights: ['food' as const], themes: [], countries: ['KE'], startsOn: null, endsOn: null, link: null, language: 'en' };
    values['initiatives/:id'] = await postInitiative({ db, clock: t.clock }, poster, initiative, []);
    // A report about a member, to open its moderation case on.
    await reportItem(db, moderationRegistry([]), (await createMember(db)).id, 'member', poster.memberId, { reason: 'spam', note: '' }, t.clock.now());
    values['cases/:id'] = (await db.selectFrom('moderation_cases').select('id').executeTakeFirstOrThrow()).id;
  });
  after(() => t.app.close());

  function concrete(pattern: string): string {
    return exact[pattern] ?? pattern.replace(/([^/]+)\/(:\w+)/g, (_w, segment: string, param: string) => `${segment}/${values[`${segment}/${param}`] ?? 'unknown'}`);
  }
  const staffRoutes = (method: string) =>
    t.app.routeTable.filter((r) => r.method === method && r.url.startsWith('/staff') && !signInRoutes.test(r.url));

  it('sends anyone signed out to the sign-in page from every staff page', async () => {
    for (const route of staffRoutes('GET')) {
      const response = await t.app.inject({ url: concrete(route.url) });
      assert.equal(response.statusCode, 303, `GET ${route.url}`);
      assert.match(String(response.headers.location), /^\/staff\/sign-in\?next=/, `GET ${route.url}`);
    }
  });

  it('offers on the staff home page only the links the role opens', async () => {
    const callId = values['calls/:id']!;
    const home = async (role: StaffRole) => (await t.app.inject({ url: '/staff', headers: { cookie: jars.get(role)!.header() } })).body;
    const analyst = await home('analyst');
    for (const href of [`/staff/calls/${callId}/inputs`, `/staff/calls/${callId}/edit`, '/staff/calls/new', '/staff/members', '/staff/audit', '/staff/imports', '/staff/network/initiatives']) {
      assert.ok(!analyst.includes(`href="${href}"`), `an analyst is offered ${href}`);
    }
    const admin = await home('admin');
    for (const href of [`/staff/calls/${callId}/inputs`, `/staff/calls/${callId}/edit`, `/staff/calls/${callId}/recipients`, '/staff/members', '/staff/audit', '/staff/two-factor', '/staff/imports', '/staff/network/initiatives']) {
      assert.ok(admin.includes(`href="${href}"`), `an administrator is not offered ${href}`);
    }
  });

  for (const role of everyone) {
    it(`opens to a ${role} exactly the staff pages the policy gives that role`, async () => {
      const jar = jars.get(role)!;
      for (const route of staffRoutes('GET')) {
        const url = concrete(route.url);
        const response = await t.app.inject({ url, headers: { cookie: jar.header() } });
        const where = `GET ${route.url} as ${role} → ${response.statusCode}`;
        if (allowedRoles(route.url).includes(role)) assert.ok([200, 303].includes(response.statusCode) && !String(response.headers.location ?? '').startsWith('/staff/sign-in'), where);
        else assert.equal(response.statusCode, 404, where);
      }
    });

    it(`refuses a ${role} every staff action the policy does not give that role, even with a valid CSRF token`, async () => {
      const jar = jars.get(role)!;
      for (const route of staffRoutes('POST')) {
        if (allowedRoles(route.url).includes(role)) continue; // allowed actions are exercised by each feature's tests
        const response = await postForm(t, jar, concrete(route.url), {}, '/staff/password');
        assert.equal(response.statusCode, 404, `POST ${route.url} as ${role} → ${response.statusCode}`);
      }
    });
  }
});
