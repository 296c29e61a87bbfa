// HTML bodies as plain text that keeps the writer's line breaks. mailparser's own conversion re-wraps every line at
// 80 characters and capitalises headings, which would change an input's wording and shape; this one does neither.

const LATIN1_ENTITIES = (
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro '
  + 'para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil '
  + 'Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave '
  + 'Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml '
  + 'igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute '
  + 'thorn yuml'
).split(' ');

const ENTITIES = new Map<string, string>([
  ...LATIN1_ENTITIES.map((name, index) => [name, String.fromCharCode(160 + index)] as [string, string]),
  ['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"],
  ['ndash', '–'], ['mdash', '—'], ['lsquo', '‘'], ['rsquo', '’'], ['sbquo', '‚'], ['ldquo', '“'], ['rdquo', '”'],
  ['bdquo', '„'], ['hellip', '…'], ['euro', '€'], ['bull', '•'], ['trade', '™'], ['oelig', 'œ'], ['OElig', 'Œ'],
  ['ensp', ' '], ['emsp', ' '], ['thinsp', ' '], ['zwnj', ''], ['zwj', ''], ['lrm', ''], ['rlm', ''],
]);

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,7});/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES.get(name) ?? whole;
  });
}

/** A link keeps its address when the text does not already show it: "our report (https://…)". */
function linkText(_whole: string, _quote: string, href: string, inner: string): string {
  const address = decodeEntities(href).trim();
  const text = inner.replace(/<[^>]*>/g, '');
  if (!/^https?:/i.test(address) || decodeEntities(text).includes(address)) return inner;
  return `${inner} (${address})`;
}

const SOFT = '\u0001'; // a block boundary: ends a line that has text, never makes an empty one
const HARD = '\u0002'; // a paragraph boundary: leaves one blank line

/** Lays out text and boundaries the way a browser would: an empty <div> takes no line, <div><br></div> takes one. */
function layOut(marked: string): string {
  const out: string[] = [];
  let started = false;
  let trailingBreaks = 0;
  let lineHasText = false;
  const breakTo = (count: number) => {
    if (!started) return;
    for (; trailingBreaks < count; trailingBreaks += 1) out.push('\n');
    lineHasText = false;
  };
  for (const piece of marked.split(/([\n\u0001\u0002])/)) {
    if (piece === '\n') {
      out.push('\n');
      trailingBreaks += 1;
      lineHasText = false;
    } else if (piece === SOFT) {
      if (lineHasText) breakTo(1);
    } else if (piece === HARD) {
      breakTo(2);
    } else if (/[^ \t]/.test(piece)) {
      out.push(piece);
      started = true;
      lineHasText = true;
      trailingBreaks = 0;
    } else if (lineHasText) out.push(piece);
  }
  return out.join('');
}

export function htmlToText(html: string): string {
  // Outlook writes one <p class=MsoNormal> per line and an empty one for a blank line, so there a <p> is only a line.
  const paragraph = /class=["']?MsoNormal/i.test(html) ? SOFT : HARD;
  const marked = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|head|title)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/[ \t\r\n\f]+/g, ' ') // in HTML a line break in the source is only a space
    .replace(/<a\b[^>]*?\bhref\s*=\s*(["'])(.*?)\1[^>]*>([\s\S]*?)<\/a\s*>/gi, linkText)
    .replace(/<br\b[^>]*>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, `${SOFT}• `)
    .replace(/<\/?p\b[^>]*>/gi, paragraph)
    .replace(/<\/?(h[1-6]|blockquote|ul|ol|pre)\b[^>]*>/gi, HARD)
    .replace(/<\/?(div|table|tr|li|hr|section|article|header|footer|address)\b[^>]*>/gi, SOFT)
    .replace(/<\/t[dh]\s*>/gi, '\t')
    .replace(/<[^>]*>/g, '');
  return layOut(decodeEntities(marked))
    .split('\n')
    .map((line) => line.replace(/\u00a0/g, ' ').replace(/[ \t]+/g, (run) => (run.includes('\t') ? '\t' : ' ')).trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
