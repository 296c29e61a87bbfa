import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csvCell, toCsv } from './csv.ts';

describe('csv', () => {
  it('starts with a byte-order mark and ends every record with CRLF', () => {
    assert.equal(toCsv(['a', 'b'], [['Pérez', 1]]), '\uFEFFa,b\r\nPérez,1\r\n');
  });

  it('quotes fields holding a comma, a quote or a line break, doubling quotes (RFC 4180)', () => {
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('say "no"'), '"say ""no"""');
    assert.equal(csvCell('line one\nline two'), '"line one\nline two"');
    assert.equal(csvCell('cr\rhere'), '"cr\rhere"');
    assert.equal(csvCell('plain text'), 'plain text');
    assert.equal(csvCell(null), '');
  });

  it('keeps a spreadsheet from running a cell as a formula', () => {
    for (const text of ['=1+1', '+33 1 23', '-2+3', '@SUM(A1)', '\t=1', '=HYPERLINK("http://x","y")']) {
      assert.ok(csvCell(text).replace(/^"/, '').startsWith("'"), text);
    }
    assert.equal(csvCell('=HYPERLINK("http://x","y")'), `"'=HYPERLINK(""http://x"",""y"")"`);
    assert.equal(csvCell('a = b'), 'a = b', 'only the first character matters');
    assert.equal(csvCell(-3), '-3', 'numbers are numbers, not text');
  });
});
