import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readInlineForwards, splitInlineForward } from './inline-forwards.ts';
import { parseQuotedAddress, parseQuotedDate } from './quoted-headers.ts';

const submission = 'Nuestra organización presenta esta contribución sobre la solidaridad internacional.';

// What each client writes above a forwarded message, as found in the text/plain part it sends.
const forwards: { client: string; text: string; from: { name: string; address: string }; date: string; subject: string; to: string[] }[] = [
  {
    client: 'Gmail (English)',
    text: 'FYI\n\n---------- Forwarded message ---------\nFrom: María Núñez <maria@ong.example>\nDate: Mon, Mar 4, 2024 at 3:15 PM\nSubject: Contribución\nTo: <colleague@ohchr.example>\n\n\n' + submission,
    from: { name: 'María Núñez', address: 'maria@ong.example' }, date: '2024-03-04T15:15:00.000Z', subject: 'Contribución', to: ['colleague@ohchr.example'],
  },
  {
    client: 'Thunderbird (French)',
    text: 'Pour information.\n\n-------- Message transféré --------\nSujet :\tContribution à l’appel\nDate :\tlun. 4 mars 2024 à 10:05\nDe :\tJosé Müller <jose@ngo.example>\nPour :\tcontact@ohchr.example\n\n' + submission,
    from: { name: 'José Müller', address: 'jose@ngo.example' }, date: '2024-03-04T10:05:00.000Z', subject: 'Contribution à l’appel', to: ['contact@ohchr.example'],
  },
  {
    client: 'Gmail (Spanish)',
    text: '---------- Mensaje reenviado ---------\nDe: Ana Peña <ana@red.example>\nDate: mar, 5 mar 2024 a las 9:40\nSubject: Aporte\nTo: <x@ohchr.example>, Otra <y@ohchr.example>\n\n' + submission,
    from: { name: 'Ana Peña', address: 'ana@red.example' }, date: '2024-03-05T09:40:00.000Z', subject: 'Aporte', to: ['x@ohchr.example', 'y@ohchr.example'],
  },
  {
    client: 'Apple Mail',
    text: 'Begin forwarded message:\n\nFrom: "Network Coordinator" <coord@net.example>\nSubject: Our input\nDate: 4 March 2024 at 10:00:00 GMT+1\nTo: someone@ohchr.example\n\n' + submission,
    from: { name: 'Network Coordinator', address: 'coord@net.example' }, date: '2024-03-04T09:00:00.000Z', subject: 'Our input', to: ['someone@ohchr.example'],
  },
  {
    client: 'Outlook (English, no marker line)',
    text: 'Please register.\n\n________________________________\nFrom: Li Wei <li.wei@ngo.example>\nSent: Monday, March 4, 2024 10:00 AM\nTo: Registry <registry@ohchr.example>; Desk <desk@ohchr.example>\nSubject: Submission\n\n' + submission,
    from: { name: 'Li Wei', address: 'li.wei@ngo.example' }, date: '2024-03-04T10:00:00.000Z', subject: 'Submission', to: ['registry@ohchr.example', 'desk@ohchr.example'],
  },
  {
    client: 'Outlook (French, plain text with mailto)',
    text: 'De : Claire Dupont [mailto:Claire.Dupont@asso.example]\nEnvoyé : lundi 4 mars 2024 16:20\nÀ : Secrétariat\nObjet : Réponse à l’appel\n\n' + submission,
    from: { name: 'Claire Dupont', address: 'claire.dupont@asso.example' }, date: '2024-03-04T16:20:00.000Z', subject: 'Réponse à l’appel', to: [],
  },
  {
    client: 'Outlook (Spanish)',
    text: 'De: Pedro Gómez <pedro@org.example>\nEnviado el: lunes, 4 de marzo de 2024 8:05\nPara: Relatora <relatora@ohchr.example>\nAsunto: Insumo\n\n' + submission,
    from: { name: 'Pedro Gómez', address: 'pedro@org.example' }, date: '2024-03-04T08:05:00.000Z', subject: 'Insumo', to: ['relatora@ohchr.example'],
  },
];

describe('readInlineForwards', () => {
  for (const forward of forwards) {
    it(`reads the sender, date, subject and text of a forward written by ${forward.client}`, () => {
      const { ownText, forwarded } = readInlineForwards(forward.text, 5);
      assert.equal(forwarded.length, 1);
      const [inner] = forwarded;
      assert.deepEqual(inner!.from, forward.from);
      assert.equal(inner!.date?.toISOString(), forward.date);
      assert.equal(inner!.subject, forward.subject);
      assert.deepEqual(inner!.to, forward.to);
      assert.equal(inner!.text, submission);
      assert.equal(ownText, forward.text.slice(0, forward.text.search(/-{2,}|Begin|_{5}|De ?:/)).trim());
    });
  }

  it('nests a forward of a forward', () => {
    const text = 'FYI\n\n---------- Forwarded message ---------\nFrom: B <b@x.example>\nDate: Tue, 5 Mar 2024 10:00:00 +0000\nSubject: Fwd: Input\n\nSee below.\n\n'
      + '---------- Forwarded message ---------\nFrom: C <c@y.example>\nDate: Mon, 4 Mar 2024 10:00:00 +0000\nSubject: Input\n\n' + submission;
    const { forwarded } = readInlineForwards(text, 5);
    assert.equal(forwarded[0]!.from?.address, 'b@x.example');
    assert.equal(forwarded[0]!.ownText, 'See below.');
    assert.equal(forwarded[0]!.forwarded[0]!.from?.address, 'c@y.example');
    assert.equal(forwarded[0]!.forwarded[0]!.text, submission);
    assert.equal(readInlineForwards(text, 1).forwarded[0]!.forwarded.length, 0, 'depth-limited');
  });

  it('leaves ordinary text alone, even with a "From:" line or a dashed rule in it', () => {
    for (const text of [
      'From: our field office in Quito, a report.\nDate: next week\n\nMore text.',
      'Our input\n----------\nFrom: the coalition\n',
      'Subject: housing\nFrom: us',
    ]) {
      assert.equal(splitInlineForward(text), null, text);
      assert.deepEqual(readInlineForwards(text, 5), { ownText: text.trim(), forwarded: [] });
    }
  });
});

describe('parseQuotedDate', () => {
  it('reads dates in the forms clients quote them, as UTC unless a zone is given', () => {
    const cases: [string, string | null][] = [
      ['Mon, 4 Mar 2024 10:00:00 +0100', '2024-03-04T09:00:00.000Z'],
      ['Monday, March 4, 2024 12:30 PM', '2024-03-04T12:30:00.000Z'],
      ['Mar 4, 2024, 12:05 AM', '2024-03-04T00:05:00.000Z'],
      ['mercredi 1er mai 2024 14h30', '2024-05-01T14:30:00.000Z'],
      ['jeu. 15 févr. 2024 à 09:00', '2024-02-15T09:00:00.000Z'],
      ['sábado, 3 de agosto de 2024 23:59', '2024-08-03T23:59:00.000Z'],
      ['2024-03-04 10:00', '2024-03-04T10:00:00.000Z'],
      ['31 février 2024', null],
      ['next Tuesday', null],
    ];
    for (const [quoted, expected] of cases) assert.equal(parseQuotedDate(quoted)?.toISOString() ?? null, expected, quoted);
  });
});

describe('parseQuotedAddress', () => {
  it('reads a name and an address from the ways clients write them', () => {
    assert.deepEqual(parseQuotedAddress('*Jane Doe* <Jane@Example.org>'), { name: 'Jane Doe', address: 'jane@example.org' });
    assert.deepEqual(parseQuotedAddress('jane@example.org'), { name: '', address: 'jane@example.org' });
    assert.deepEqual(parseQuotedAddress('jane@example.org <mailto:jane@example.org>'), { name: '', address: 'jane@example.org' });
    assert.deepEqual(parseQuotedAddress('Secrétariat'), { name: 'Secrétariat', address: '' });
    assert.equal(parseQuotedAddress('  '), null);
  });
});
