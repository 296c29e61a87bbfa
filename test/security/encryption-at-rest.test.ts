// Issues 3 and 4: a copy of the database reveals no answer, no file and no contact detail. Confidential inputs go
// in through the real routes (a draft saved twice, a file, submission, follow-up messages both ways, information and
// a file added later) and through the email import (a letter for the call, a message left to sort); then the raw
// SQLite file (with its WAL) and a pg_dump of the PostgreSQL database are searched for every confidential string, in
// clear and hex-encoded (how pg_dump writes bytea), and for the files' bytes.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { connect } from '../../src/db/connect.ts';
import type { Db, Engine } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { createTestDatabase, postgresReachable } from '../support/engines.ts';
import { createTestCall, tinyPdf } from '../support/factories.ts';
import { receiptCodeOn } from '../support/follow-up.ts';
import { postForm, signedInStaff } from '../support/staff.ts';
import { completeAnswer, partFields, SubmitterClient, tokenFrom } from '../support/submitter.ts';
import { createTestApp, TestClock, testConfig } from '../support/test-app.ts';
import { composeEmail, writeMbox } from '../support/mail.ts';
import type { CallWithQuestionnaires } from '../../src/features/calls/index.ts';
import { importMailbox } from '../../src/features/mail-import/import-mailbox.ts';

const secrets = {
  organisation: 'Colectivo Defensoras Zeta-7731',
  email: 'hidden.contact.7731@defensoras.example',
  coSigner: 'Red Clandestina Omega-7731',
  answer: 'Our coordinator Marisol Quintana-7731 was detained on 3 March after the meeting.',
  details: 'Passport seized at the border, number XK7731942.',
  draftOnly: 'Text typed in the first draft only 7731, then replaced.',
  filename: 'testimonio-quintana-7731.pdf',
  reply: 'The second witness lives at 14 Calle Secreta 7731.',
  added: 'Additional evidence from the 7731 hearing.',
  addedFilename: 'hearing-minutes-7731.pdf',
  staffMessage: 'Could you confirm the date of the 7731 detention?',
  // Issue 4: an input imported from a mailbox, and a message kept to sort.
  mailSender: 'denuncias.7731@frente-oculto.example',
  mailOrganisation: 'Frente Oculto Sigma-7731',
  mailAnswer: 'The raid on our office 7731 was ordered after our report to the Council.',
  mailMessageId: 'secret-thread-7731@frente-oculto.example',
  mailToSort: 'Unrelated but private: the safe house 7731 moved.',
  mailLetterName: 'carta-frente-7731.pdf',
};
const letter = tinyPdf('Sworn testimony of reprisal 7731 against the collective');
const addedFile = tinyPdf('Minutes of the closed hearing 7731');
const mailedLetter = tinyPdf('Signed letter of the front 7731 about the raid');

/** Imports a mailbox with a confidential letter for the call and a message no call matches. */
async function importConfidentialMail(db: Db, call: CallWithQuestionnaires): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'isp-at-rest-mail-'));
  try {
    const from = `${secrets.mailOrganisation} <${secrets.mailSender}>`;
    const raws = [
      await composeEmail({
        from, to: call.contactEmail, subject: call.emailSubject, messageId: `<${secrets.mailMessageId}>`,
        text: `Question 1\n${secrets.mailAnswer}\n\nSincerely,\n${secrets.mailOrganisation}`,
        attachments: [{ filename: secrets.mailLetterName, content: mailedLetter }],
      }),
      await composeEmail({ from, to: 'someone@else.example', subject: 'Private', text: secrets.mailToSort }),
    ];
    const mbox = path.join(dir, 'inbox.mbox');
    await writeMbox(mbox, raws);
    const result = await importMailbox({ db, clock: new TestClock(), config: testConfig() }, { callName: null, mailboxPath: mbox });
    assert.ok(result.kind === 'done' && result.progress !== 'stopped' && result.progress.outcomes.imported === 1 && result.progress.outcomes['to-sort'] === 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Drives the whole confidential journey through the app on this database; returns the receipt code. */
async function storeConfidentialInput(db: Db, engine: Engine): Promise<string> {
  const t = await createTestApp(db, engine, { config: testConfig() });
  try {
    const staff = await signedInStaff(t, db);
    const call = await createTestCall(db, { referenceCode: `REST${engine === 'sqlite' ? 'S' : 'P'}` });
    const p = partFields(call);
    const client = new SubmitterClient(t.app);
    const formUrl = `/calls/${call.slug}/answer/civil-society`;
    await client.get(formUrl);
    const answers = {
      'submitter.name': secrets.organisation, 'submitter.email': secrets.email, 'submitter.co-signers': secrets.coSigner,
      [`${p.experienced}.details`]: secrets.details, consent: 'do-not-publish',
    };
    const created = await client.post(formUrl, completeAnswer(call, { ...answers, [`${p.answer}.text`]: secrets.draftOnly }), [
      { field: 'attachments', filename: secrets.filename, data: letter, type: 'application/pdf' },
    ]);
    assert.equal(created.statusCode, 303, created.body);
    const token = tokenFrom(created.headers.location);
    await client.get(`/drafts/${token}`);
    const saved = await client.post(`/drafts/${token}`, completeAnswer(call, { ...answers, [`${p.answer}.text`]: secrets.answer, action: 'review' }));
    assert.equal(saved.statusCode, 303, saved.body);
    await client.get(`/drafts/${token}/review`);
    const submitted = await client.post(`/drafts/${token}/submit`, {});
    assert.equal(submitted.statusCode, 303, submitted.body);
    const code = receiptCodeOn((await client.get(String(submitted.headers.location))).body);
    assert.ok(code);

    const follower = new SubmitterClient(t.app);
    await follower.get('/follow-up');
    assert.equal((await follower.post('/follow-up', { code })).statusCode, 303);
    await follower.get('/follow-up/input');
    assert.equal((await follower.post('/follow-up/messages', { message: secrets.reply })).statusCode, 303);
    await follower.get('/follow-up/input');
    const added = await follower.post('/follow-up/information', { information: secrets.added }, [
      { field: 'files', filename: secrets.addedFilename, data: addedFile, type: 'application/pdf' },
    ]);
    assert.equal(added.statusCode, 303, added.body);

    const id = (await db.selectFrom('submissions').select('id').where('status', '=', 'submitted').executeTakeFirstOrThrow()).id;
    const sent = await postForm(t, staff.jar, `/staff/inputs/${id}/messages`, { message: secrets.staffMessage }, `/staff/inputs/${id}`);
    assert.equal(sent.statusCode, 303);
    // The staff member reads it back: the test stores real, readable inputs, not unreadable noise.
    const page = await t.app.inject({ url: `/staff/inputs/${id}`, headers: { cookie: staff.jar.header() } });
    for (const text of [secrets.organisation, secrets.coSigner, secrets.reply, secrets.added, secrets.staffMessage]) assert.ok(page.body.includes(text), text);
    await importConfidentialMail(db, call);
    return code;
  } finally {
    await t.app.close();
  }
}

function assertRevealsNothing(copy: Buffer, receiptCode: string, what: string): void {
  const hex = copy.toString('latin1').toLowerCase();
  for (const [name, text] of Object.entries({ ...secrets, receiptCode })) {
    assert.ok(!copy.includes(Buffer.from(text, 'utf8')), `${what} holds the ${name} in clear`);
    assert.ok(!hex.includes(Buffer.from(text, 'utf8').toString('hex')), `${what} holds the ${name} hex-encoded`);
  }
  for (const [name, file] of Object.entries({ letter, addedFile, mailedLetter })) {
    const middle = file.subarray(100, 160);
    assert.ok(!copy.includes(middle), `${what} holds the bytes of the ${name}`);
    assert.ok(!hex.includes(middle.toString('hex')), `${what} holds the bytes of the ${name} hex-encoded`);
  }
}

describe('a copy of the database reveals no confidential input', () => {
  it('the raw SQLite file and its WAL', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'isp-at-rest-'));
    try {
      const file = path.join(dir, 'platform.sqlite');
      const connection = connect({ kind: 'sqlite', file });
      let code: string;
      try {
        await migrateToLatest(connection.db);
        code = await storeConfidentialInput(connection.db, 'sqlite');
        // Read while open too: the WAL holds the latest pages until a checkpoint.
        const whileOpen = Buffer.concat(readdirSync(dir).map((name) => readFileSync(path.join(dir, name))));
        assert.ok(whileOpen.includes(Buffer.from('RESTS-')), 'the search does find what is stored in clear (the reference)');
        assertRevealsNothing(whileOpen, code, 'the open SQLite files');
      } finally {
        await connection.close();
      }
      assertRevealsNothing(readFileSync(file), code, 'the SQLite file');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a pg_dump of the PostgreSQL database', async (t) => {
    if (!(await postgresReachable())) return t.skip('PostgreSQL unreachable');
    const database = await createTestDatabase('postgres');
    try {
      const code = await storeConfidentialInput(database.db, 'postgres');
      const dump = execFileSync('pg_dump', ['--no-owner', '--data-only', database.url!], { maxBuffer: 64 * 1024 * 1024 });
      assert.match(dump.toString('utf8'), /COPY public\.submissions/, 'the dump holds the data');
      assert.ok(dump.includes(Buffer.from('RESTP-')), 'the search does find what is stored in clear (the reference)');
      assertRevealsNothing(dump, code, 'the pg_dump');
    } finally {
      await database.drop();
    }
  });
});
