// The email channel end to end below HTTP: a mailbox built here with real PDF and DOCX letters in English, French
// and Spanish is imported as `npm run import-mail` does, on SQLite and PostgreSQL; what lands in the database is
// read back the way staff read it (with an administrator's key).
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { encryptedPdf, zipWith } from '../../../test/support/documents.ts';
import { composeEmail, letterDocx, letterPdf, writeMaildir, writeMbox } from '../../../test/support/mail.ts';
import { createStaffUser, type TestStaff } from '../../../test/support/staff.ts';
import { TestClock, testConfig } from '../../../test/support/test-app.ts';
import { unlockStaffKey } from '../accounts/staff-keys.ts';
import { findCallBySlug, loadQuestionnaires, seedCalls, type CallWithQuestionnaires } from '../calls/index.ts';
import { openInputFor } from '../review/open-input.ts';
import type { Submission } from '../submissions/index.ts';
import { openImportedLetter } from './confirm-answers.ts';
import { importMailbox } from './import-mailbox.ts';
import { findImportedInput, listItems } from './mail-import.repository.ts';

const config = testConfig();
const organisation = 'Red Andina de Solidaridad';

const englishLetter = [
  organisation, 'Lima, Peru', 'Dear Independent Expert,',
  'Question 1', 'We take part in regional networks of land defenders across the Andes.',
  'Question 2', 'Our actions include indigenous women and rural youth at every step.',
  'Question 3', 'We coordinate with partners in Bolivia and Ecuador through monthly meetings.',
  'Sincerely,', 'Ana Quispe', `Executive Director, ${organisation}`,
];
const frenchLetter = [
  'Collectif Solidarité Sahel', 'Madame l’Experte indépendante,',
  'Question 1', 'Nous participons à des réseaux transnationaux de défense des droits humains.',
  'Question 2', 'Nos actions associent les femmes rurales et les jeunes des quartiers populaires.',
  'Cordialement,', 'Moussa Diallo',
];

async function message(options: { subject: string; from?: string; text: string; messageId?: string; attachments?: { filename: string; content: Buffer }[] }): Promise<Buffer> {
  return composeEmail({
    from: options.from ?? `${organisation} <contacto@redandina.org.pe>`, to: 'hrc-ie-solidarity@un.org', subject: options.subject,
    text: options.text, messageId: options.messageId, attachments: options.attachments,
  });
}

describeEachEngine('importing a mailbox', (database) => {
  let call: CallWithQuestionnaires;
  let admin: TestStaff;
  let dir: string;
  const clock = new TestClock();
  const deps = () => ({ db: database().db, clock, config });

  before(async () => {
    // The administrator exists first: inputs are sealed to whoever holds a key at import time.
    admin = await createStaffUser(database().db, { role: 'admin' });
    await seedCalls(database().db, clock.now());
    call = await loadQuestionnaires(database().db, (await findCallBySlug(database().db, 'hrc56-civil-society-solidarity'))!);
    dir = await mkdtemp(path.join(os.tmpdir(), 'isp-import-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  async function openAsAdmin(submissionId: string): Promise<Submission> {
    const privateKey = await unlockStaffKey(database().db, admin.id, admin.password);
    const access = await openInputFor(database().db, { id: admin.id, privateKey }, submissionId);
    assert.equal(access.kind, 'opened');
    return (access as Extract<typeof access, { kind: 'opened' }>).input;
  }

  it('imports letters in PDF, DOCX and the body; maps answers; detects language, sender and a refusal to publish', async () => {
    const subject = `Fwd: ${call.emailSubject}`;
    const raws = [
      await message({ subject, text: 'Please find attached our contribution.', messageId: '<en-1@redandina.org.pe>', attachments: [{ filename: 'contribution.pdf', content: await letterPdf(englishLetter) }] }),
      await message({
        subject, from: 'Collectif Solidarité Sahel <contact@solidarite-sahel.org>', messageId: '<fr-1@sahel>',
        text: 'Veuillez trouver ci-joint notre contribution. Merci de ne pas publier cette contribution.',
        attachments: [{ filename: 'contribution.docx', content: await letterDocx(frenchLetter) }],
      }),
      await message({
        subject, from: 'Fundación Tierra Viva <info@tierraviva.org.co>', messageId: '<es-1@tierraviva>',
        text: 'Estimada Experta Independiente:\n\nPregunta 1\nParticipamos en redes regionales de defensa del territorio en toda la región andina.\n\n' +
          'Pregunta 2\nNuestras acciones incluyen a mujeres campesinas, pueblos indígenas y juventudes rurales.\n\nAtentamente,\nFundación Tierra Viva',
      }),
      // The same message exported twice, and a message about something else.
      await message({ subject, text: 'Please find attached our contribution.', messageId: '<en-1@redandina.org.pe>', attachments: [{ filename: 'contribution.pdf', content: await letterPdf(englishLetter) }] }),
      await message({ subject: 'Invitation to a webinar', from: 'Events <events@example.org>', text: 'Join us next week.' }),
    ];
    const mbox = path.join(dir, 'first.mbox');
    await writeMbox(mbox, raws);
    const result = await importMailbox(deps(), { callName: null, mailboxPath: mbox });
    assert.equal(result.kind, 'done');
    const items = await listItems(database().db, (result as { importId: string }).importId);
    assert.deepEqual(items.map((i) => i.outcome), ['imported', 'imported', 'imported', 'duplicate', 'to-sort']);
    assert.equal(items[3]!.submissionId, items[0]!.submissionId, 'the duplicate points at the input first imported');

    const english = await openAsAdmin(items[0]!.submissionId!);
    assert.equal(english.channel, 'email');
    assert.equal(english.language, 'en');
    assert.equal(english.consent, 'public-named', 'the call’s policy: published unless otherwise indicated');
    assert.equal(english.content.submitter.email, 'contacto@redandina.org.pe');
    assert.match(english.content.submitter.name, /Red Andina de Solidaridad/);
    const [q1, q2, q3] = call.questionnaires[0]!.questions;
    const answerTo = (input: Submission, questionId: string) =>
      Object.entries(input.content.answers).filter(([ref]) => ref.startsWith(`${questionId}:`)).map(([, a]) => a.text ?? a.details ?? '').join(' ');
    assert.match(answerTo(english, q1!.id), /regional networks of land defenders/);
    assert.match(answerTo(english, q2!.id), /indigenous women/);
    assert.match(answerTo(english, q3!.id), /Bolivia and Ecuador/);
    assert.ok(english.attachments.some((a) => a.filename === 'contribution.pdf'), 'the original letter is kept');

    const french = await openAsAdmin(items[1]!.submissionId!);
    assert.equal(french.language, 'fr');
    assert.equal(french.consent, 'do-not-publish');
    assert.match(answerTo(french, q2!.id), /femmes rurales/);
    assert.equal((await findImportedInput(database().db, french.id))!.refusesPublication, true);

    const spanish = await openAsAdmin(items[2]!.submissionId!);
    assert.equal(spanish.language, 'es');
    assert.match(answerTo(spanish, q1!.id), /redes regionales/);
    assert.deepEqual(spanish.content.submitter.countries, ['CO']);
  });

  it('records broken files and messages with a reason, keeps them for staff and goes on', async () => {
    const subject = call.emailSubject;
    const bomb = await zipWith({ '[Content_Types].xml': '<Types/>', 'word/document.xml': Buffer.alloc(60 * 1024 * 1024, 0x20) });
    const raws = [
      await message({ subject, text: 'Our letter is attached (protected).', messageId: '<enc@x>', attachments: [{ filename: 'letter.pdf', content: encryptedPdf() }] }),
      await message({ subject, text: 'Our letter is attached.', messageId: '<bomb@x>', attachments: [{ filename: 'letter.docx', content: bomb }] }),
      Buffer.from('\u0000\u0001garbage that is not an email at all \u00ff'.repeat(20), 'latin1'),
      await message({ subject, text: 'Question 1\nA last, healthy letter about networks of solidarity across borders.', messageId: '<ok@x>' }),
    ];
    const maildir = path.join(dir, 'Maildir');
    await writeMaildir(maildir, raws);
    const result = await importMailbox(deps(), { callName: call.referenceCode, mailboxPath: maildir });
    const items = await listItems(database().db, (result as { importId: string }).importId);
    const byProblem = (problem: string) => items.find((i) => i.problems.includes(problem));
    assert.equal(byProblem('attachment-encrypted')?.outcome, 'imported');
    assert.equal(byProblem('attachment-unsafe-archive')?.outcome, 'imported');
    assert.equal(byProblem('message-malformed')?.outcome, 'failed');
    assert.ok(byProblem('message-malformed')?.messageId, 'the unreadable message is kept for staff');
    assert.equal(items.filter((i) => i.outcome === 'imported').length, 3);
    const encrypted = await openAsAdmin(byProblem('attachment-encrypted')!.submissionId!);
    assert.deepEqual(encrypted.attachments.map((a) => a.filename), ['original-message.eml'], 'the protected PDF stays in the original message');
  });

  it('resumes an interrupted import without importing anything twice, and links a corrected version to the first', async () => {
    const subject = call.emailSubject;
    const raws = await Promise.all(Array.from({ length: 6 }, (_, i) => message({
      subject, from: `Sender ${i} <sender${i}@network${i}.org>`, messageId: `<resume-${i}@x>`,
      text: `Question 1\nLetter number ${i} about solidarity networks and what they achieved together.`,
    })));
    raws.push(await message({ subject, from: 'Sender 0 <sender0@network0.org>', messageId: '<resume-0-corrected@x>', text: 'Question 1\nCorrected version of letter number 0, with figures.' }));
    const mbox = path.join(dir, 'resume.mbox');
    await writeMbox(mbox, raws);
    let seen = 0;
    const first = await importMailbox(deps(), { callName: call.id, mailboxPath: mbox }, { shouldStop: () => ++seen > 3 });
    assert.equal(first.kind === 'done' && first.progress, 'stopped');
    const second = await importMailbox(deps(), { callName: call.id, mailboxPath: mbox });
    assert.ok(second.kind === 'done' && second.resumed && second.importId === (first as { importId: string }).importId);
    const items = await listItems(database().db, (second as { importId: string }).importId);
    assert.deepEqual(items.map((i) => i.position), [1, 2, 3, 4, 5, 6, 7]);
    assert.ok(items.every((i) => i.outcome === 'imported'));
    const corrected = await findImportedInput(database().db, items[6]!.submissionId!);
    assert.equal(corrected!.earlierSubmissionId, items[0]!.submissionId);

    // Running it once more finds an import already done: a new one, where every message is a duplicate.
    const third = await importMailbox(deps(), { callName: call.id, mailboxPath: mbox });
    const again = await listItems(database().db, (third as { importId: string }).importId);
    assert.ok(again.every((i) => i.outcome === 'duplicate'));
  });

  it('keeps what the letter said in the analysis staff confirm', async () => {
    const mbox = path.join(dir, 'analysis.mbox');
    await writeMbox(mbox, [await message({ subject: call.emailSubject, messageId: '<analysis@x>', text: 'Dear Expert,\n\nQuestion 2\nInclusion is at the heart of our work with migrant workers.\n\nBest regards,\nLa Strada' })]);
    const result = await importMailbox(deps(), { callName: null, mailboxPath: mbox });
    const [item] = await listItems(database().db, (result as { importId: string }).importId);
    const privateKey = await unlockStaffKey(database().db, admin.id, admin.password);
    const access = await openInputFor(database().db, { id: admin.id, privateKey }, item!.submissionId!);
    assert.equal(access.kind, 'opened');
    const letter = await openImportedLetter(database(), (access as Extract<typeof access, { kind: 'opened' }>).cipher);
    const q2 = call.questionnaires[0]!.questions[1]!;
    assert.ok(letter!.analysis.passages.some((p) => p.questionId === q2.id && /migrant workers/.test(p.text)));
    assert.ok(letter!.analysis.passages.some((p) => p.questionId === null && /Dear Expert/.test(p.text)));
    assert.equal(letter!.imported.mappingStatus, 'to-confirm');
  });
});
