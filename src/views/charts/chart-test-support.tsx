// Rendering charts as pages render them, and a small well-formedness check: an SVG that is not XML breaks when
// saved as a file or embedded in a Word document, even if a browser forgives it inside HTML.
import assert from 'node:assert/strict';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { Locale } from '../../i18n/locales.ts';
import { translator } from '../../i18n/translator.ts';
import { PageContext } from '../page-context.ts';

export function renderInPage(body: VNode, locale: Locale = 'en'): string {
  const context = { i18n: translator(locale), dir: 'ltr' as const, path: '/', csrfToken: () => { throw new Error('no form'); }, staff: null, assetUrl: (n: string) => n };
  return renderToString(<PageContext.Provider value={context}>{body}</PageContext.Provider>);
}

export function assertWellFormedXml(markup: string): void {
  const open: string[] = [];
  for (const [, tag, text] of markup.matchAll(/(<[^>]*>)|([^<]+)/g)) {
    if (text !== undefined) {
      assert.doesNotMatch(text, /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);)/i, `a bare & in ${text}`);
      continue;
    }
    const parts = /^<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>$/.exec(tag!);
    assert.ok(parts, `malformed tag ${tag}`);
    const [, closing, name, , selfClosing] = parts;
    if (closing) assert.equal(open.pop(), name, `</${name}> closes another element`);
    else if (!selfClosing) open.push(name!);
  }
  assert.deepEqual(open, [], 'every element is closed');
}
