import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createMailer } from '../../src/platform/mail.ts';
import { decodeEncodedWords, decodeQuotedPrintable, parseMail, startTestSmtpServer, type TestSmtpServer } from './smtp.ts';

const quietLog = { info() {} };

describe('the test SMTP server', () => {
  let smtp: TestSmtpServer;
  before(async () => {
    smtp = await startTestSmtpServer();
  });
  after(() => smtp.close());

  it('receives a French message sent through the application’s own mailer and decodes subject and body', async () => {
    const mailer = createMailer({ smtpUrl: smtp.url, from: 'Appels à contributions <no-reply@solidarity.invalid>' }, quietLog);
    const longLine = 'Nous avons bien reçu votre contribution à l’appel « Solidarité internationale et société civile » ; '.repeat(3);
    await mailer.send({
      to: 'amélie@example.org',
      subject: 'Votre contribution a bien été reçue — référence HRC-2026-0001',
      text: `Bonjour Amélie,\n\n${longLine}\nReçu : https://calls.example/submissions/abc_DEF-123/receipt\nÀ bientôt ! 中文 ✓`,
      language: 'fr',
    });
    mailer.close();
    const mail = await smtp.waitForMessage((m) => m.subject.startsWith('Votre contribution'), 5000);
    assert.equal(mail.subject, 'Votre contribution a bien été reçue — référence HRC-2026-0001');
    assert.equal(mail.to, 'amélie@example.org', 'a raw UTF-8 header is read as UTF-8');
    assert.deepEqual(mail.envelopeTo.length, 1);
    assert.match(mail.text, /^Bonjour Amélie,/);
    assert.ok(mail.text.includes(longLine.trim()), 'a long line comes back whole, without soft line breaks');
    assert.match(mail.text, /À bientôt ! 中文 ✓/);
    assert.deepEqual(mail.links, ['https://calls.example/submissions/abc_DEF-123/receipt']);
    assert.equal(mail.header('content-language'), 'fr');
    assert.match(mail.header('from') ?? '', /Appels à contributions/);
  });

  it('waits for a message that has not arrived yet, and times out listing what did arrive', async () => {
    const waiting = smtp.waitForMessage((m) => m.subject === 'Later', 5000);
    const mailer = createMailer({ smtpUrl: smtp.url, from: 'a@example.org' }, quietLog);
    await mailer.send({ to: 'b@example.org', subject: 'Later', text: 'plain ascii', language: 'en' });
    mailer.close();
    assert.equal((await waiting).text.trim(), 'plain ascii');
    await assert.rejects(smtp.waitForMessage((m) => m.subject === 'Never', 100), /No matching mail within 100 ms[\s\S]*Later/);
  });
});

describe('the mail decoders', () => {
  it('decodes quoted-printable bytes and removes soft line breaks', () => {
    assert.equal(decodeQuotedPrintable('R=C3=A9f=C3=A9rence =\r\nsuite=3D   \r\nfin').toString('utf8'), 'Référence suite=\r\nfin');
  });

  it('decodes B and Q encoded-words, joining adjacent ones and honouring the charset', () => {
    assert.equal(decodeEncodedWords('=?UTF-8?B?UsOpZsOpcmVuY2U=?= =?UTF-8?Q?_d=C3=A9j=C3=A0_vue?='), 'Référence déjà vue');
    assert.equal(decodeEncodedWords('Re: =?ISO-8859-1?Q?Caf=E9?= ok'), 'Re: Café ok');
    assert.equal(decodeEncodedWords('plain subject'), 'plain subject');
  });

  it('reads the text part of a multipart message in base64', () => {
    const raw = [
      'To: =?UTF-8?Q?Jos=C3=A9?= <jose@example.org>',
      'Subject: =?UTF-8?B?wqFIb2xhIQ==?=',
      'Content-Type: multipart/alternative;',
      ' boundary="--b1"',
      '',
      '----b1',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from('Señora, su contribución llegó.').toString('base64'),
      '----b1',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>html</p>',
      '----b1--',
      '',
    ].join('\r\n');
    const mail = parseMail(raw);
    assert.equal(mail.to, 'José <jose@example.org>');
    assert.equal(mail.subject, '¡Hola!');
    assert.equal(mail.text, 'Señora, su contribución llegó.');
  });
});
