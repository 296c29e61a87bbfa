import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pngWithText } from '../../../../test/support/documents.ts';
import { composeEmail, letterDocx, letterPdf } from '../../../../test/support/mail.ts';
import { MAX_FORWARD_DEPTH, parseEmail, type EmailParse, type ParsedEmail } from './parse-email.ts';

function parsed(result: EmailParse): ParsedEmail {
  assert.ok(result.ok, JSON.stringify(result));
  return result.email;
}

const crlf = (text: string) => Buffer.from(text.replace(/\n/g, '\r\n'), 'latin1');

describe('parseEmail: headers and text', () => {
  it('reads sender, recipients (lowercased), subject, date and Message-ID', async () => {
    const email = parsed(await parseEmail(await composeEmail({
      from: 'Fatou Diop <Fatou.Diop@NGO.example>', to: ['Mandate <Mandate@OHCHR.example>', 'b@x.example'], cc: 'Watch <CC@x.example>',
      subject: 'Input to the call', text: 'Our input.', date: new Date('2026-02-01T08:00:00Z'), messageId: '<abc@ngo.example>',
    })));
    assert.deepEqual(email.from, { name: 'Fatou Diop', address: 'fatou.diop@ngo.example' });
    assert.deepEqual(email.to, ['mandate@ohchr.example', 'b@x.example']);
    assert.deepEqual(email.cc, ['cc@x.example']);
    assert.equal(email.subject, 'Input to the call');
    assert.equal(email.date?.toISOString(), '2026-02-01T08:00:00.000Z');
    assert.equal(email.messageId, '<abc@ngo.example>');
    assert.equal(email.text, 'Our input.');
    assert.equal(email.ownText, 'Our input.');
    assert.deepEqual(email.forwarded, []);
  });

  it('decodes encoded words and an ISO-8859-1 quoted-printable body (French and Spanish accents)', async () => {
    const subject = `=?UTF-8?B?${Buffer.from('Contribución à l’appel : solidarité').toString('base64')}?=`;
    const email = parsed(await parseEmail(crlf([
      'From: =?ISO-8859-1?Q?Jos=E9_Mu=F1oz?= <jose@ong.example>',
      'To: =?UTF-8?Q?R=C3=A9seau?= <reseau@ohchr.example>',
      `Subject: ${subject}`,
      'Date: Tue, 3 Mar 2026 11:00:00 +0100',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=ISO-8859-1',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Nuestra contribuci=F3n sobre la ni=F1ez. D=E9j=E0 envoy=E9e =E0 l\'=E9quipe.',
    ].join('\n'))));
    assert.deepEqual(email.from, { name: 'José Muñoz', address: 'jose@ong.example' });
    assert.equal(email.subject, 'Contribución à l’appel : solidarité');
    assert.equal(email.text, 'Nuestra contribución sobre la niñez. Déjà envoyée à l\'équipe.');
    assert.equal(email.date?.toISOString(), '2026-03-03T10:00:00.000Z');
  });

  it('decodes an 8-bit windows-1252 body with curly quotes and the euro sign', async () => {
    const head = 'From: a@ngo.example\nSubject: =?windows-1252?Q?Pr=E9sentation?=\nContent-Type: text/plain; charset=windows-1252\nContent-Transfer-Encoding: 8bit\n\n';
    const body = Buffer.from([0x93, ...Buffer.from('Budget', 'latin1'), 0x94, 0x20, 0x80, ...Buffer.from(' 5 000 pour l', 'latin1'), 0x92, ...Buffer.from('ann\xe9e', 'latin1')]);
    const email = parsed(await parseEmail(Buffer.concat([crlf(head), body])));
    assert.equal(email.subject, 'Présentation');
    assert.equal(email.text, '“Budget” € 5 000 pour l’année');
  });

  it('takes the text of an HTML-only message with its line breaks and paragraphs, unwrapped', async () => {
    const long = 'Nous soumettons cette contribution au nom de notre réseau, qui réunit des associations de quinze pays de la région.';
    const email = parsed(await parseEmail(await composeEmail({
      from: 'a@ngo.example', to: 'b@ohchr.example', subject: 'HTML',
      html: `<html><head><style>p{margin:0}</style></head><body><p>${long}</p><div>Ligne un<br>Ligne deux</div><ul><li>Logement</li><li>Sant&eacute;</li></ul><p>Voir <a href="https://ngo.example/report">notre rapport</a>.</p></body></html>`,
    })));
    assert.equal(email.text, `${long}\n\nLigne un\nLigne deux\n\n• Logement\n• Santé\n\nVoir notre rapport (https://ngo.example/report).`);
  });

  it('gives no date rather than the time of the import when the Date header is unreadable or missing', async () => {
    assert.equal(parsed(await parseEmail(crlf('From: a@ngo.example\nDate: sometime last week\nSubject: x\n\nBody'))).date, null);
    assert.equal(parsed(await parseEmail(crlf('From: a@ngo.example\nSubject: x\n\nBody'))).date, null);
  });

  it('reads a message saved with its mbox envelope line', async () => {
    const raw = Buffer.concat([Buffer.from('From a@ngo.example Mon Mar  2 09:30:00 2026\n'), await composeEmail({ from: 'a@ngo.example', to: 'b@x.example', subject: 'S', text: 'T' })]);
    assert.equal(parsed(await parseEmail(raw)).subject, 'S');
  });
});

describe('parseEmail: attachments', () => {
  it('passes PDF and DOCX files through byte for byte, with their names', async () => {
    const pdf = await letterPdf(['Contribución de la red', 'Solidarité internationale', 'Page two']);
    const docx = await letterDocx(['Première partie', 'Segunda parte']);
    const email = parsed(await parseEmail(await composeEmail({
      from: 'a@ngo.example', to: 'b@ohchr.example', subject: 'Files', text: 'Attached.',
      attachments: [{ filename: 'Contribución ñ.pdf', content: pdf }, { filename: 'lettre.docx', content: docx }],
    })));
    assert.deepEqual(email.attachments.map((a) => [a.filename, a.contentType, a.size]), [
      ['Contribución ñ.pdf', 'application/pdf', pdf.length],
      ['lettre.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', docx.length],
    ]);
    assert.ok(email.attachments[0]!.data.equals(pdf));
    assert.ok(email.attachments[1]!.data.equals(docx));
  });

  it('leaves out small images embedded in a signature, but keeps named and large ones', async () => {
    const logo = pngWithText();
    const photo = Buffer.concat([logo, Buffer.alloc(60 * 1024, 7)]);
    const email = parsed(await parseEmail(await composeEmail({
      from: 'a@ngo.example', to: 'b@ohchr.example', subject: 'Images',
      html: '<p>See the photo.</p><img src="cid:photo@x"><p>--<br><img src="cid:logo@x"> Our NGO</p>',
      attachments: [
        { filename: 'image001.png', content: logo, cid: 'logo@x' },
        { filename: 'protest.png', content: photo, cid: 'photo@x' },
        { filename: 'map.png', content: logo },
      ],
    })));
    assert.deepEqual(email.attachments.map((a) => a.filename).sort(), ['map.png', 'protest.png']);
  });

  it('names a file sent without a name, and keeps only the last part of a name with folders in it', async () => {
    const pdf = await letterPdf(['x']);
    const email = parsed(await parseEmail(await composeEmail({
      from: 'a@ngo.example', to: 'b@ohchr.example', subject: 'Names', text: 'x',
      attachments: [{ filename: '', content: pdf, contentType: 'application/pdf' }, { filename: '../../etc/input.pdf', content: pdf }],
    })));
    assert.deepEqual(email.attachments.map((a) => a.filename), ['attachment-1.pdf', 'input.pdf']);
  });
});

describe('parseEmail: forwarded messages', () => {
  const original = async () => composeEmail({
    from: 'María Núñez <maria@ong.example>', to: 'colleague@ohchr.example', subject: 'Contribución', text: 'Nuestra contribución.',
    date: new Date('2026-01-10T12:00:00Z'), attachments: [{ filename: 'contribucion.pdf', content: await letterPdf(['Contribución']) }],
  });

  it('parses a message forwarded as an attachment, with its own files', async () => {
    const email = parsed(await parseEmail(await composeEmail({ from: 'Staff <staff@ohchr.example>', to: 'mandate@ohchr.example', subject: 'Fwd: Contribución', text: 'FYI', forwardOf: await original() })));
    assert.deepEqual(email.attachments, [], 'the forwarded message is not a file');
    assert.equal(email.text, 'FYI');
    const [inner] = email.forwarded;
    assert.deepEqual(inner?.from, { name: 'María Núñez', address: 'maria@ong.example' });
    assert.equal(inner?.date?.toISOString(), '2026-01-10T12:00:00.000Z');
    assert.equal(inner?.text, 'Nuestra contribución.');
    assert.deepEqual(inner?.attachments.map((a) => a.filename), ['contribucion.pdf']);
  });

  it('parses a forwarded message whose part says "attachment" (Thunderbird) the same way', async () => {
    const email = parsed(await parseEmail(await composeEmail({
      from: 'staff@ohchr.example', to: 'mandate@ohchr.example', subject: 'Fwd', text: '',
      attachments: [{ filename: 'Contribución.eml', content: await original(), contentType: 'message/rfc822', contentDisposition: 'attachment' }],
    })));
    assert.equal(email.forwarded[0]?.from?.address, 'maria@ong.example');
  });

  it(`follows forwards of forwards ${MAX_FORWARD_DEPTH} deep and keeps a deeper one as a file`, async () => {
    let raw = await original();
    for (let level = 1; level <= MAX_FORWARD_DEPTH + 1; level += 1) {
      raw = await composeEmail({ from: `level${level}@ohchr.example`, to: 'x@ohchr.example', subject: `Fwd ${level}`, text: `Level ${level}`, forwardOf: raw });
    }
    let email = parsed(await parseEmail(raw));
    for (let level = 0; level < MAX_FORWARD_DEPTH; level += 1) email = email.forwarded[0]!;
    assert.equal(email.from?.address, 'level1@ohchr.example');
    assert.deepEqual(email.forwarded, []);
    assert.equal(email.attachments[0]?.contentType, 'message/rfc822');
  });

  it('reads an inline forward from the text part, and from the HTML of an Outlook forward', async () => {
    const gmail = parsed(await parseEmail(await composeEmail({
      from: 'staff@ohchr.example', to: 'mandate@ohchr.example', subject: 'Fwd: Contribución',
      text: '\n\n---------- Forwarded message ---------\nFrom: María Núñez <maria@ong.example>\nDate: Sat, Jan 10, 2026 at 12:00 PM\nSubject: Contribución\nTo: <colleague@ohchr.example>\n\nNuestra contribución.\n',
    })));
    assert.equal(gmail.ownText, '');
    assert.equal(gmail.forwarded[0]?.from?.address, 'maria@ong.example');
    assert.equal(gmail.forwarded[0]?.text, 'Nuestra contribución.');

    const outlook = parsed(await parseEmail(await composeEmail({
      from: 'staff@ohchr.example', to: 'mandate@ohchr.example', subject: 'TR: Contribution',
      html: '<div class=WordSection1><p class=MsoNormal>Pour suite à donner.<o:p></o:p></p><p class=MsoNormal>&nbsp;</p>'
        + '<div style="border-top:solid #E1E1E1 1.0pt"><p class=MsoNormal><b>De&nbsp;:</b> Claire Dupont &lt;claire@asso.example&gt;<br><b>Envoyé&nbsp;:</b> samedi 10 janvier 2026 12:00<br>'
        + '<b>À&nbsp;:</b> Secrétariat &lt;sec@ohchr.example&gt;<br><b>Objet&nbsp;:</b> Contribution</p></div>'
        + '<p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Notre contribution.</p><p class=MsoNormal>Deuxième ligne.</p></div>',
    })));
    assert.equal(outlook.ownText, 'Pour suite à donner.');
    const [inner] = outlook.forwarded;
    assert.deepEqual(inner?.from, { name: 'Claire Dupont', address: 'claire@asso.example' });
    assert.equal(inner?.date?.toISOString(), '2026-01-10T12:00:00.000Z');
    assert.equal(inner?.subject, 'Contribution');
    assert.equal(inner?.text, 'Notre contribution.\nDeuxième ligne.');
  });
});

describe('parseEmail: what is not a usable message', () => {
  it('calls nothing or blank lines empty, and a message with nothing in it empty', async () => {
    assert.deepEqual(await parseEmail(Buffer.alloc(0)), { ok: false, problem: 'empty' });
    assert.deepEqual(await parseEmail(Buffer.from('\r\n \n\t')), { ok: false, problem: 'empty' });
    assert.deepEqual(await parseEmail(crlf('From: a@ngo.example\nSubject: (no text)\n\n')), { ok: false, problem: 'empty' });
  });

  it('calls binary noise, headerless text and a cut-off message malformed', async () => {
    const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    assert.equal((await parseEmail(noise)).ok, false);
    assert.deepEqual(await parseEmail(noise), { ok: false, problem: 'malformed', detail: 'no-headers' });
    assert.deepEqual(await parseEmail(Buffer.from('Dear Rapporteur,\n\nplease find our input.\n')), { ok: false, problem: 'malformed', detail: 'no-headers' });
    assert.deepEqual(await parseEmail(Buffer.from('Note: this is a memo\n\nNot an email.\n')), { ok: false, problem: 'malformed', detail: 'no-headers' });
    const whole = await composeEmail({ from: 'a@ngo.example', to: 'b@x.example', subject: 'S', text: 'T', attachments: [{ filename: 'a.pdf', content: await letterPdf(['x']) }] });
    assert.ok((await parseEmail(whole)).ok);
    assert.deepEqual(await parseEmail(whole.subarray(0, Math.floor(whole.length * 0.7))), { ok: false, problem: 'malformed', detail: 'truncated' });
  });

  it('refuses a message over the size limit before parsing it', async () => {
    const raw = await composeEmail({ from: 'a@ngo.example', to: 'b@x.example', subject: 'S', text: 'x'.repeat(5000) });
    const result = await parseEmail(raw, { maxBytes: 4096 });
    assert.equal(result.ok, false);
    assert.equal(!result.ok && result.problem, 'too-large');
    assert.ok((await parseEmail(raw, { maxBytes: raw.length })).ok);
  });

  it('never throws, whatever part of a message it is given', async () => {
    const raw = await composeEmail({
      from: 'José <jose@ong.example>', to: 'b@x.example', subject: 'Ñ', html: '<p>Hola <b>señor</b></p>', text: 'Hola señor',
      attachments: [{ filename: 'a.docx', content: await letterDocx(['x']) }], forwardOf: await composeEmail({ from: 'c@x.example', to: 'd@x.example', subject: 'in', text: 'in' }),
    });
    for (let cut = 0; cut < raw.length; cut += 97) {
      const slices = [raw.subarray(0, cut), raw.subarray(cut), Buffer.concat([raw.subarray(0, cut), Buffer.from([0, 0xff, 0xfe]), raw.subarray(cut + 3)])];
      for (const slice of slices) {
        const result = await parseEmail(slice);
        assert.ok(result.ok || ['malformed', 'empty'].includes(result.problem), JSON.stringify(result));
      }
    }
  });
});
