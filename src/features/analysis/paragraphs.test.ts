import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { paragraphsOf } from './paragraphs.ts';

describe('paragraphsOf', () => {
  it('splits at line breaks, skips blank lines and keeps offsets into the original text', () => {
    const text = '  First paragraph.\r\n\r\nSecond — with “quotes”.\n   \nThird 😀 one.  ';
    const paragraphs = paragraphsOf(text);
    assert.deepEqual(paragraphs.map((p) => p.text), ['First paragraph.', 'Second — with “quotes”.', 'Third 😀 one.']);
    for (const p of paragraphs) assert.equal(text.slice(p.start, p.end), p.text);
  });

  it('finds nothing in blank text', () => {
    assert.deepEqual(paragraphsOf(' \n\t\n'), []);
  });
});
