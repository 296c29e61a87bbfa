import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { composeEmail, letterPdf, type ComposedEmail } from '../../../../test/support/mail.ts';
import { originalMessage, parseEmail, type ParsedEmail } from './parse-email.ts';

async function parse(email: ComposedEmail): Promise<ParsedEmail> {
  const result = await parseEmail(await composeEmail(email));
  assert.ok(result.ok, JSON.stringify(result));
  return result.email;
}

const submitter = { from: 'María Núñez <maria@ong.example>', to: 'colleague@ohchr.example', subject: 'Contribución', text: 'Nuestra contribución sobre la solidaridad.' };
const staff = { from: 'Staff Member <staff@ohchr.example>', to: 'mandate@ohchr.example' };
const gmailForward = (from: string, text: string) =>
  `\n---------- Forwarded message ---------\nFrom: ${from}\nDate: Sat, Jan 10, 2026 at 12:00 PM\nSubject: Contribución\nTo: <colleague@ohchr.example>\n\n${text}\n`;

describe('originalMessage', () => {
  it('is the forwarded message when staff forwarded it as an attachment with a word of their own', async () => {
    const email = await parse({ ...staff, subject: 'Fwd: Contribución', text: 'FYI', forwardOf: await composeEmail(submitter) });
    const original = originalMessage(email);
    assert.deepEqual(original.from, { name: 'María Núñez', address: 'maria@ong.example' });
    assert.equal(original.text, submitter.text);
  });

  it('is the quoted message of an inline forward, with the files the forward carried', async () => {
    const pdf = await letterPdf(['Contribución']);
    const email = await parse({
      ...staff, subject: 'Fwd: Contribución', text: `FYI, received at my address.${gmailForward('María Núñez <maria@ong.example>', submitter.text)}`,
      attachments: [{ filename: 'contribucion.pdf', content: pdf }],
    });
    const original = originalMessage(email);
    assert.equal(original.from?.address, 'maria@ong.example');
    assert.equal(original.text, submitter.text);
    assert.deepEqual(original.attachments.map((a) => a.filename), ['contribucion.pdf']);
    assert.ok(original.attachments[0]!.data.equals(pdf));
  });

  it('goes through a chain of forwards to the first sender, each file once', async () => {
    const pdf = await letterPdf(['Contribución']);
    const first = await composeEmail({ ...submitter, attachments: [{ filename: 'c.pdf', content: pdf }] });
    const second = await composeEmail({ from: 'colleague@ohchr.example', to: 'staff@ohchr.example', subject: 'Fwd', text: 'For the call.', forwardOf: first });
    const email = await parse({ ...staff, subject: 'Fwd: Fwd', text: 'Please import.\n-- \n' + 'Staff Member, Human Rights Officer, Office of the High Commissioner, Geneva. '.repeat(10), forwardOf: second, attachments: [{ filename: 'c.pdf', content: pdf }] });
    const original = originalMessage(email);
    assert.equal(original.from?.address, 'maria@ong.example');
    assert.deepEqual(original.attachments.map((a) => a.filename), ['c.pdf']);
  });

  it('is the message itself when its sender wrote more than a note above the forward', async () => {
    const ownWords = 'Our coalition submits the following input, which builds on the exchange below with our partner organisation. '.repeat(6);
    const email = await parse({ ...staff, from: 'coalition@ngo.example', subject: 'Fwd: Contribución', text: ownWords + gmailForward('María Núñez <maria@ong.example>', submitter.text) });
    assert.equal(email.forwarded.length, 1);
    assert.equal(originalMessage(email), email);
    assert.equal(originalMessage(email, { maxOwnText: 2000 }).from?.address, 'maria@ong.example');
  });

  it('is the message itself for a short reply above a quoted message, for a bundle of forwards and for a plain message', async () => {
    const outlookQuote = '\n\nFrom: María Núñez <maria@ong.example>\nSent: Saturday, January 10, 2026 12:00 PM\nTo: staff@ohchr.example\nSubject: Contribución\n\n' + submitter.text;
    const reply = await parse({ ...staff, subject: 'RE: Contribución', text: `Thank you, received.${outlookQuote}` });
    assert.equal(reply.forwarded.length, 1);
    assert.equal(originalMessage(reply), reply);

    const bundle = await parse({
      ...staff, subject: 'Inputs', text: '',
      attachments: [
        { filename: 'one.eml', content: await composeEmail(submitter), contentType: 'message/rfc822' },
        { filename: 'two.eml', content: await composeEmail({ ...submitter, from: 'other@ngo.example' }), contentType: 'message/rfc822' },
      ],
    });
    assert.equal(bundle.forwarded.length, 2);
    assert.equal(originalMessage(bundle), bundle);

    const plain = await parse(submitter);
    assert.equal(originalMessage(plain), plain);
  });
});
