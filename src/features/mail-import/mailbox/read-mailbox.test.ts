import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { composeEmail, letterPdf, writeEmlFolder, writeMaildir, writeMbox } from '../../../../test/support/mail.ts';
import { parseEmail } from './parse-email.ts';
import { detectMailbox, MailboxError, messagesFromUploads, readMailbox, type RawMessage } from './read-mailbox.ts';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'isp-mailbox-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

const letter = (n: number, text = `Input number ${n} from our organisation.`) =>
  composeEmail({ from: `Sender ${n} <sender${n}@ngo.example>`, to: 'mandate@ohchr.example', subject: `Input ${n}`, text, messageId: `<m${n}@ngo.example>` });

async function all(messages: AsyncIterable<RawMessage>): Promise<RawMessage[]> {
  const list: RawMessage[] = [];
  for await (const message of messages) list.push(message);
  return list;
}

async function textOf(raw: Buffer): Promise<string> {
  const parsed = await parseEmail(raw);
  assert.ok(parsed.ok, JSON.stringify(parsed));
  return parsed.email.text;
}

describe('readMailbox on an mbox file', () => {
  const bodyWithFromLines = 'Dear Rapporteur,\n\nFrom the field, we report three cases.\n>From an earlier letter, quoted.\n\nRegards';

  it('keeps a body line beginning "From " inside its message and unescapes mboxrd quoting', async () => {
    const path = join(dir, 'escaped.mbox');
    await writeMbox(path, [await letter(1), await letter(2, bodyWithFromLines), await letter(3)]);
    assert.match(await readFile(path, 'latin1'), /^>From the field/m, 'the writer escaped the line');

    const mailbox = readMailbox(path);
    assert.equal(mailbox.kind, 'mbox');
    assert.equal(await mailbox.count(), 3);
    const messages = await all(mailbox.messages());
    assert.deepEqual(messages.map((m) => m.key), ['mbox:1', 'mbox:2', 'mbox:3']);
    assert.equal(await textOf(messages[1]!.raw), bodyWithFromLines);
    assert.equal(await textOf(messages[2]!.raw), 'Input number 3 from our organisation.');
  });

  it('reads a CRLF mbox into CRLF messages', async () => {
    const path = join(dir, 'crlf.mbox');
    await writeMbox(path, [await letter(1, bodyWithFromLines), await letter(2)], { crlf: true });
    const messages = await all(readMailbox(path).messages());
    assert.equal(messages.length, 2);
    assert.ok(messages[0]!.raw.includes('\r\n\r\nFrom the field'), 'unescaped, line endings kept');
    assert.ok(!messages[0]!.raw.toString('latin1').endsWith('\r\n\r\n'), 'the separating blank line is not part of the message');
    assert.equal(await textOf(messages[0]!.raw), bodyWithFromLines);
    assert.equal(await textOf(messages[1]!.raw), 'Input number 2 from our organisation.');
  });

  it('does not cut a message at an unescaped "From " paragraph that is no envelope line (mboxo)', async () => {
    const path = join(dir, 'mboxo.mbox');
    const raw = Buffer.from('From: a@ngo.example\nSubject: one\n\nHello\n\nFrom the capital we write.\n');
    await writeFile(path, Buffer.concat([Buffer.from('From a@ngo.example Mon Mar  2 09:30:00 2026\n'), raw]));
    const messages = await all(readMailbox(path).messages());
    assert.equal(messages.length, 1);
    assert.equal(await textOf(messages[0]!.raw), 'Hello\n\nFrom the capital we write.');
  });

  it('streams 200 messages across read chunks, with the same keys and bytes on a second read', async () => {
    const path = join(dir, 'large.mbox');
    const pdf = Buffer.concat([await letterPdf(['Submission', 'Page two']), randomBytes(12_000)]); // 3 MB of mbox: 3 chunks
    const raws = await Promise.all(Array.from({ length: 200 }, (_, n) =>
      composeEmail({ from: `s${n}@ngo.example`, to: 'mandate@ohchr.example', subject: `Input ${n}`, text: `Text ${n}`, attachments: [{ filename: `letter-${n}.pdf`, content: pdf }] })));
    await writeMbox(path, raws);
    const mailbox = readMailbox(path);
    const first = await all(mailbox.messages());
    const second = await all(readMailbox(path, 'mbox').messages());
    assert.equal(await mailbox.count(), 200);
    assert.equal(first.length, 200);
    assert.deepEqual(first.map((m) => m.key), second.map((m) => m.key));
    assert.equal(first[199]!.key, 'mbox:200');
    assert.ok(first.every((m, i) => m.raw.equals(second[i]!.raw)));
    for (const [n, message] of first.entries()) {
      const parsed = await parseEmail(message.raw);
      assert.ok(parsed.ok && parsed.email.subject === `Input ${n}` && parsed.email.attachments[0]!.data.equals(pdf), message.key);
    }
  });

  it('keeps a line longer than a read chunk whole', async () => {
    const path = join(dir, 'long-line.mbox');
    const line = 'x'.repeat(2_500_000);
    await writeMbox(path, [Buffer.from(`From: a@ngo.example\nSubject: long\n\n${line}\n`), await letter(2)]);
    const messages = await all(readMailbox(path).messages());
    assert.equal(messages.length, 2);
    assert.ok(messages[0]!.raw.toString('latin1').endsWith(`\n\n${line}\n`));
  });

  it('counts an empty .mbox file as no messages', async () => {
    const path = join(dir, 'empty.mbox');
    await writeFile(path, '');
    assert.equal(await detectMailbox(path), 'mbox');
    assert.equal(await readMailbox(path).count(), 0);
    assert.deepEqual(await all(readMailbox(path).messages()), []);
  });
});

describe('readMailbox on a Maildir', () => {
  it('reads cur/ and new/ in name order, ignores tmp/, and keeps keys when a client marks a message read', async () => {
    const maildir = join(dir, 'Maildir');
    const names = await writeMaildir(maildir, [await letter(1), await letter(2), await letter(3)]);
    await writeFile(join(maildir, 'tmp', '1800000000.M9P1.mail.example'), await letter(9));
    const mailbox = readMailbox(maildir);
    assert.equal(mailbox.kind, 'maildir');
    assert.equal(await mailbox.count(), 3);
    const before = await all(mailbox.messages());
    assert.deepEqual(before.map((m) => m.file), names);
    assert.deepEqual(before.map((m) => m.key), ['1700000000.M0P4242.mail.example', '1700000001.M1P4242.mail.example', '1700000002.M2P4242.mail.example']);
    assert.equal(await textOf(before[1]!.raw), 'Input number 2 from our organisation.');

    await rename(join(maildir, 'new', '1700000001.M1P4242.mail.example'), join(maildir, 'cur', '1700000001.M1P4242.mail.example:2,RS'));
    const afterward = await all(readMailbox(maildir).messages());
    assert.deepEqual(afterward.map((m) => m.key), before.map((m) => m.key));
    assert.equal(afterward[1]!.file, 'cur/1700000001.M1P4242.mail.example:2,RS');
  });
});

describe('readMailbox on .eml files', () => {
  it('reads every .eml file of a folder tree in path order, skipping other and hidden files', async () => {
    const folder = join(dir, 'letters');
    await writeEmlFolder(folder, [await letter(1), await letter(2)]);
    await mkdir(join(folder, 'b-country'), { recursive: true });
    await writeFile(join(folder, 'b-country', 'input.EML'), await letter(3));
    await writeFile(join(folder, 'notes.txt'), 'not a message');
    await writeFile(join(folder, '.hidden.eml'), await letter(4));
    const mailbox = readMailbox(folder);
    assert.equal(mailbox.kind, 'eml-folder');
    assert.equal(await mailbox.count(), 3);
    const messages = await all(mailbox.messages());
    assert.deepEqual(messages.map((m) => m.key), ['b-country/input.EML', 'message-001.eml', 'message-002.eml']);
    assert.equal(await textOf(messages[0]!.raw), 'Input number 3 from our organisation.');
  });

  it('reads one .eml file', async () => {
    const path = join(dir, 'single.eml');
    await writeFile(path, await letter(5));
    const mailbox = readMailbox(path);
    assert.equal(mailbox.kind, 'eml-file');
    assert.equal(await mailbox.count(), 1);
    assert.deepEqual((await all(mailbox.messages())).map((m) => m.key), ['single.eml']);
  });
});

describe('detectMailbox', () => {
  it('tells an mbox without extension from a message without extension by their first line', async () => {
    await writeMbox(join(dir, 'Inbox'), [await letter(1)]);
    await writeFile(join(dir, 'message'), await letter(2));
    assert.equal(await detectMailbox(join(dir, 'Inbox')), 'mbox');
    assert.equal(await detectMailbox(join(dir, 'message')), 'eml-file');
  });

  it('refuses a missing path and what holds no mail, with a code', async () => {
    await mkdir(join(dir, 'nothing-here'));
    await writeFile(join(dir, 'letter.pdf'), await letterPdf(['A letter']));
    const code = (error: unknown) => (error instanceof MailboxError ? error.code : error);
    await assert.rejects(detectMailbox(join(dir, 'absent')), (error) => code(error) === 'MAILBOX_NOT_FOUND');
    await assert.rejects(detectMailbox(join(dir, 'nothing-here')), (error) => code(error) === 'MAILBOX_NOT_RECOGNISED');
    await assert.rejects(detectMailbox(join(dir, 'letter.pdf')), (error) => code(error) === 'MAILBOX_NOT_RECOGNISED');
    assert.throws(() => readMailbox(join(dir, 'absent')), /MAILBOX_NOT_FOUND/);
  });
});

describe('messagesFromUploads', () => {
  it('splits an uploaded mbox and keeps uploaded .eml files whole, with unique keys', async () => {
    const mboxPath = join(dir, 'upload.mbox');
    await writeMbox(mboxPath, [await letter(1), await letter(2)]);
    const messages = messagesFromUploads([
      { filename: 'export.mbox', data: await readFile(mboxPath) },
      { filename: 'input.eml', data: await letter(3) },
      { filename: 'input.eml', data: await letter(4) },
    ]);
    assert.deepEqual(messages.map((m) => m.key), ['export.mbox#1', 'export.mbox#2', 'input.eml', 'input.eml (2)']);
    assert.equal(await textOf(messages[1]!.raw), 'Input number 2 from our organisation.');
    assert.equal(await textOf(messages[3]!.raw), 'Input number 4 from our organisation.');
  });
});
