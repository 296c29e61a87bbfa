import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rtfText, textDecoder } from './rtf-text.ts';

/** RTF is 7-bit text with escapes; written here as WordPad and Word write it. */
const rtf = (source: string) => Buffer.from(source, 'latin1');

const wordLetter = String.raw`{\rtf1\ansi\ansicpg1252\deff0\nouicompat\deflang1036
{\fonttbl{\f0\fswiss\fcharset0 Arial;}{\f1\fnil\fcharset204 Times New Roman Cyr;}}
{\colortbl ;\red255\green0\blue0;}
{\stylesheet{\s0\snext0 Normal;}{\*\cs10 Default Paragraph Font;}}
{\info{\author Jane Doe}{\company Doe Associates}{\title Contribution}}
{\*\generator Riched20 10.0.19041}\viewkind4\uc1
\pard\sa200\sl276\slmult1\f0\fs22 Madame la Rapporteuse sp\'e9ciale,\par
\par
{\pntext\f0 1)\tab}Question 1\line R\u233?ponse \u224? la question\'a0: oui.\par
{\pict\wmetafile8\picw100\pich100 0123456789abcdef0123456789abcdef}
{\field{\*\fldinst{HYPERLINK "https://example.org/private"}}{\fldrslt{\ul\cf1 notre site}}}\par
{\f1 \'cf\'f0\'e8\'e2\'e5\'f2}, \'93guillemets\'94 \'80 5\par
{\*\unknowndestination secret words}{\v hidden words}visible \{braces\} and \\backslash\par
\u-10179?\u-8704?\emdash{\uc2\u8364\'80\'80 euro}\par
}`;

describe('rtfText', () => {
  it('reads the text of a Word-style letter: accents, paragraphs, line breaks, list numbers, fields', () => {
    const reading = rtfText(rtf(wordLetter));
    assert.ok(reading.ok);
    assert.equal(reading.text, 'Madame la Rapporteuse spéciale,\n\n\n\n1)\tQuestion 1\nRéponse à la question\u00a0: oui.\n\n'
      + 'notre site\n\nПривет, “guillemets” € 5\n\nvisible {braces} and \\backslash\n\n😀—€ euro\n\n');
  });

  it('leaves out fonts, colours, styles, metadata, pictures, field codes, hidden text and unknown destinations', () => {
    const reading = rtfText(rtf(wordLetter));
    assert.ok(reading.ok);
    for (const hidden of ['Arial', 'Jane Doe', 'Doe Associates', 'Riched20', 'Normal', 'Default Paragraph', '0123456789', 'HYPERLINK', 'example.org', 'secret', 'hidden']) {
      assert.ok(!reading.text.includes(hidden), hidden);
    }
  });

  it('reads bytes in the declared code page, multi-byte ones included', () => {
    assert.deepEqual(rtfText(rtf(String.raw`{\rtf1\ansi\ansicpg1251 \'cf\'f0\'e8\'e2\'e5\'f2}`)), { ok: true, text: 'Привет' });
    assert.deepEqual(rtfText(rtf(String.raw`{\rtf1\ansi\ansicpg936 \'c4\'e3\'ba\'c3}`)), { ok: true, text: '你好' });
    assert.deepEqual(rtfText(rtf(String.raw`{\rtf1\ansi\ansicpg1256 \'e3\'d1\'cd\'c8\'c7}`)), { ok: true, text: 'مرحبا' });
  });

  it('skips binary data by its declared length, even when it holds braces', () => {
    assert.deepEqual(rtfText(rtf('{\\rtf1 a{\\*\\blipuid x}{\\pict\\bin4 }{}}}b}')), { ok: true, text: 'ab' });
  });

  it('refuses unbalanced groups, nesting no word processor writes, and what is not RTF', () => {
    for (const source of ['{\\rtf1 text', `{\\rtf1 ${'{'.repeat(100_000)}x${'}'.repeat(100_000)}}`, 'plain text']) {
      assert.deepEqual(rtfText(rtf(source)), { ok: false, problem: 'malformed' }, source.slice(0, 20));
    }
  });
});

describe('textDecoder', () => {
  it('reads Windows-1252 as Windows-1252 (curly quotes, euro sign), not as latin-1', () => {
    assert.equal(textDecoder('windows-1252').decode(Buffer.from([0x93, 0x80, 0x94, 0xe9])), '“€”é');
    assert.equal(textDecoder('latin1').decode(Buffer.from([0x92])), '’');
    assert.equal(textDecoder('windows-1251').decode(Buffer.from([0xcf])), 'П');
  });
});
