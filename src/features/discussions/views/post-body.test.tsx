import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import { linkPieces, paragraphsOf, PostBody } from './post-body.tsx';

const html = (body: string) => renderToString(<PostBody body={body} />);

describe('PostBody', () => {
  it('makes paragraphs at blank lines and keeps single line breaks', () => {
    assert.deepEqual(paragraphsOf('one\ntwo\r\n\r\n\n three '), [['one', 'two'], ['three']]);
    assert.equal(html('one\ntwo\n\nthree'), '<div class="post-body"><p>one<br/>two</p><p>three</p></div>');
  });

  it('links web addresses with rel="nofollow noopener ugc", leaving the sentence’s punctuation outside', () => {
    assert.equal(
      html('See https://example.org/a?b=1&c=2. Or (http://example.net)!'),
      '<div class="post-body"><p>See <a href="https://example.org/a?b=1&amp;c=2" rel="nofollow noopener ugc">https://example.org/a?b=1&amp;c=2</a>.'
        + ' Or (<a href="http://example.net" rel="nofollow noopener ugc">http://example.net</a>)!</p></div>',
    );
    assert.deepEqual(linkPieces('https://en.wikipedia.org/wiki/Solidarity_(ethics)'), [
      { text: 'https://en.wikipedia.org/wiki/Solidarity_(ethics)', href: 'https://en.wikipedia.org/wiki/Solidarity_(ethics)' },
    ]);
  });

  it('never turns text into markup: HTML, Markdown links and other schemes stay text', () => {
    const out = html('<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) javascript:alert(1) data:text/html,x');
    assert.doesNotMatch(out, /<script|<img|href="javascript|href="data/);
    assert.match(out, /&lt;script>alert\(1\)&lt;\/script>/);
    assert.doesNotMatch(html('"https://example.org/"onmouseover="x"'), /onmouseover="x"[^<]*>/);
  });
});
