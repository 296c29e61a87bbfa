import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { realisticOdt } from '../../../test/support/documents.ts';
import { maxTextPartBytes, odfBodyText, odtText } from './odt-text.ts';

const body = (content: string) => '<?xml version="1.0" encoding="UTF-8"?><!-- written by hand -->'
  + '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
  + `<office:automatic-styles><style:style style:name="P1"/></office:automatic-styles><office:body><office:text>${content}</office:text></office:body></office:document-content>`;

describe('odtText', () => {
  it('reads paragraphs and headings with their spaces, tabs, line breaks and entities', async () => {
    const text = 'Pregunta 1</text:p><text:h text:outline-level="2">1) Título &amp; más</text:h>'
      + '<text:p text:style-name="P1">Con<text:s text:c="3"/>espacios<text:tab/>y<text:line-break/>l&#237;nea &lt;&#x4E2D;&gt; <text:span>fin</text:span>';
    assert.deepEqual(await odtText(await realisticOdt({ text })), {
      ok: true,
      text: 'Pregunta 1\n\n1) Título & más\n\nCon   espacios\ty\nlínea <中> fin\n\n',
    });
  });

  it('leaves out deleted text of tracked changes, comments and the author named in them', async () => {
    const text = 'Visible<office:annotation><dc:creator>Jane Doe</dc:creator><text:p>A comment</text:p></office:annotation> text';
    const reading = await odtText(await realisticOdt({ text }));
    assert.deepEqual(reading, { ok: true, text: 'Visible text\n\n' });
  });

  it('refuses an ODT whose text part is too large to hold in memory', async () => {
    const words = Array.from({ length: 1_600_000 }, (_, i) => ((i * 2654435761) % 4294967296).toString(36)).join(' ');
    assert.ok(words.length > maxTextPartBytes);
    assert.deepEqual(await odtText(await realisticOdt({ text: words })), { ok: false, problem: 'too-large' });
  });

  it('refuses an ODT whose content is not well-formed XML', async () => {
    assert.deepEqual(await odtText(await realisticOdt({ text: 'open <text:span>never closed' })), { ok: false, problem: 'malformed' });
  });
});

describe('odfBodyText', () => {
  it('reads only the body, collapses the whitespace of the XML and bounds a run of spaces', () => {
    const xml = body('\n  <text:p>\n    Two\n    lines <text:s text:c="999999"/>end</text:p>\n  <text:list><text:list-item><text:p>Item</text:p></text:list-item></text:list>');
    assert.equal(odfBodyText(xml), ` Two lines ${' '.repeat(100)}end\n\nItem\n\n`);
  });

  it('does not expand entities a DOCTYPE declares', () => {
    const xml = `<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>${body('<text:p>&a;&a;</text:p>')}`;
    assert.equal(odfBodyText(xml), '&a;&a;\n\n');
  });
});
