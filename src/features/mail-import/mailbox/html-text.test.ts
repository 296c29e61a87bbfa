import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { htmlToText } from './html-text.ts';

describe('htmlToText', () => {
  it('keeps the lines of a Gmail message (one <div> per line, <div><br></div> for a blank one)', () => {
    const html = '<div dir="ltr"><div>Estimada Relatora,</div><div><br></div><div>Adjuntamos nuestra contribución\nsobre la niñez.</div><div>Saludos,<br></div><div>Ana</div></div>';
    assert.equal(htmlToText(html), 'Estimada Relatora,\n\nAdjuntamos nuestra contribución sobre la niñez.\nSaludos,\nAna');
  });

  it('keeps the lines of an Outlook message (one <p class=MsoNormal> per line, &nbsp; for a blank one)', () => {
    const html = '<p class=MsoNormal>Madame,<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Voici notre contribution.<o:p></o:p></p><p class=MsoNormal>Cordialement<o:p></o:p></p>';
    assert.equal(htmlToText(html), 'Madame,\n\nVoici notre contribution.\nCordialement');
  });

  it('separates paragraphs, lists and table cells, and leaves out styles, scripts and comments', () => {
    const html = '<style>p { color: red }</style><script>alert(1)</script><!-- note --><h1>Informe</h1><p>Uno</p><p>Dos</p><ol><li>a</li><li>b</li></ol><table><tr><td>País</td><td>Chile</td></tr></table>';
    assert.equal(htmlToText(html), 'Informe\n\nUno\n\nDos\n\n• a\n• b\n\nPaís\tChile');
  });

  it('decodes named and numeric entities and shows where a link leads', () => {
    assert.equal(htmlToText('<p>&Eacute;t&eacute; &amp; ni&ntilde;os &lt;b&gt; &#8217;&#x20AC; &rsquo;&unknown;</p>'), 'Été & niños <b> ’€ ’&unknown;');
    assert.equal(htmlToText('<a href="https://un.example/r?a=1&amp;b=2">the report</a> <a href="https://x.example">https://x.example</a> <a href="mailto:a@b.example">write</a>'),
      'the report (https://un.example/r?a=1&b=2) https://x.example write');
  });
});
