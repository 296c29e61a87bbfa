// The text of an untrusted RTF file. No maintained, small npm library does this (rtf-stream-parser only
// de-encapsulates Outlook bodies; rtf-parser and rtf.js are unmaintained or render HTML), so this is a careful
// single pass: groups, destinations skipped, \'hh in the document's or the font's code page, \uN with \ucN.
import { paragraphEnd } from './odt-text.ts';

/** Deeper nesting than any word processor writes: a file built to exhaust the stack of groups. */
const maxGroupDepth = 500;

/** Groups whose content is not document text (tables of fonts and colours, metadata, pictures, fields' code…). */
const skippedDestinations = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'listtable', 'listoverridetable', 'revtbl', 'rsidtbl', 'info', 'pict',
  'object', 'objdata', 'shp', 'shppict', 'nonshppict', 'sp', 'sn', 'sv', 'fldinst', 'header', 'headerl', 'headerr',
  'headerf', 'footer', 'footerl', 'footerr', 'footerf', 'footnote', 'annotation', 'atnauthor', 'atnid', 'pn',
  'pntxta', 'pntxtb', 'xe', 'tc', 'txe', 'template', 'private', 'themedata', 'colorschememapping', 'datastore',
  'latentstyles', 'xmlnstbl', 'generator', 'userprops', 'docvar', 'bkmkstart', 'bkmkend', 'field-code', 'falt',
]);

/** Control words that stand for text. */
const textWords: Record<string, string> = {
  par: paragraphEnd, sect: paragraphEnd, page: paragraphEnd, line: '\n', row: paragraphEnd, cell: paragraphEnd,
  nestcell: paragraphEnd, nestrow: paragraphEnd, tab: '\t',
  emdash: '\u2014', endash: '\u2013', bullet: '\u2022', lquote: '\u2018', rquote: '\u2019', ldblquote: '\u201c',
  rdblquote: '\u201d', emspace: ' ', enspace: ' ', qmspace: ' ',
};

/** \fcharsetN of a font → the code page its \'hh bytes are in (Windows' table). */
const charsetCodePages: Record<number, number> = {
  77: 10000, 128: 932, 129: 949, 134: 936, 136: 950, 161: 1253, 162: 1254, 163: 1258, 177: 1255, 178: 1256,
  186: 1257, 204: 1251, 222: 874, 238: 1250,
};

/** A Windows code page number → the WHATWG label TextDecoder knows; anything unknown is read as cp1252. */
function encodingOf(codePage: number): string {
  if (codePage >= 1250 && codePage <= 1258) return `windows-${codePage}`;
  const named: Record<number, string> = {
    874: 'windows-874', 932: 'shift_jis', 936: 'gbk', 949: 'euc-kr', 950: 'big5', 866: 'ibm866', 10000: 'macintosh',
    20866: 'koi8-r', 21866: 'koi8-u', 54936: 'gb18030', 65001: 'utf-8',
  };
  if (named[codePage]) return named[codePage];
  if (codePage >= 28591 && codePage <= 28606) return `iso-8859-${codePage - 28590}`;
  return 'windows-1252';
}

/** Windows-1252's characters at 0x80–0x9F, where it differs from latin-1 (five bytes have none). */
const cp1252High = '€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ';

/**
 * A TextDecoder for a WHATWG label, except that Windows-1252 (also what "latin1" and "ascii" mean there) is decoded
 * here: Node 20's decoder reads it as latin-1, turning Word's curly quotes and the euro sign into control characters.
 */
export function textDecoder(label: string): { decode(bytes: Uint8Array): string } {
  const decoder = new TextDecoder(label);
  if (decoder.encoding !== 'windows-1252') return decoder;
  return {
    decode: (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
      .replace(/[\u0080-\u009f]/g, (char) => cp1252High[char.charCodeAt(0) - 0x80]!),
  };
}

interface GroupState {
  /** Text in this group is not document text. */
  skip: boolean;
  /** Inside the font table: \f and \fcharset define fonts there. */
  fontTable: boolean;
  /** Hidden text (\v). */
  hidden: boolean;
  /** How many fallback characters follow each \uN (\ucN). */
  unicodeSkip: number;
  font: number | undefined;
}

export type RtfReading = { ok: true; text: string } | { ok: false; problem: 'malformed' };

/** The document text of an RTF file (bytes as read from disk), or 'malformed' when its groups do not balance. */
export function rtfText(data: Buffer): RtfReading {
  const source = data.toString('latin1');
  if (!source.trimStart().startsWith('{\\rtf')) return { ok: false, problem: 'malformed' };
  const decoders = new Map<string, ReturnType<typeof textDecoder>>();
  const fonts = new Map<number, number>(); // font number → code page
  let defaultCodePage = 1252;
  let defaultFont: number | undefined;
  let definingFont: number | undefined;
  const out: string[] = [];
  let bytes: number[] = [];
  let state: GroupState = { skip: false, fontTable: false, hidden: false, unicodeSkip: 1, font: undefined };
  const stack: GroupState[] = [];
  let groupStart = false;
  let fallbackLeft = 0;
  let closed = false;

  const visible = () => !state.skip && !state.hidden;
  const flush = () => {
    if (bytes.length === 0) return;
    const codePage = fonts.get(state.font ?? defaultFont ?? -1) ?? defaultCodePage;
    const encoding = encodingOf(codePage);
    let decoder = decoders.get(encoding);
    if (!decoder) decoders.set(encoding, (decoder = textDecoder(encoding)));
    out.push(decoder.decode(Uint8Array.from(bytes)));
    bytes = [];
  };
  const emit = (text: string) => {
    flush();
    if (visible()) out.push(text);
  };
  const addByte = (byte: number) => {
    if (fallbackLeft > 0) fallbackLeft -= 1;
    else if (visible()) bytes.push(byte);
  };

  let at = source.indexOf('{');
  while (at < source.length) {
    const char = source[at];
    if (char === '{') {
      flush();
      if (stack.length >= maxGroupDepth) return { ok: false, problem: 'malformed' };
      stack.push(state);
      state = { ...state };
      groupStart = true;
      fallbackLeft = 0;
      at += 1;
      continue;
    }
    if (char === '}') {
      flush();
      const outer = stack.pop();
      if (!outer) return { ok: false, problem: 'malformed' };
      if (state.fontTable && definingFont !== undefined && !outer.fontTable) definingFont = undefined;
      state = outer;
      fallbackLeft = 0;
      at += 1;
      if (stack.length === 0) {
        closed = true;
        break;
      }
      continue;
    }
    const wasGroupStart: boolean = groupStart;
    groupStart = false;
    if (char === '\r' || char === '\n') {
      at += 1;
      continue;
    }
    if (char !== '\\') {
      addByte(source.charCodeAt(at));
      at += 1;
      continue;
    }
    const next = source[at + 1];
    if (next === undefined) break;
    if (next === "'") {
      const hex = source.slice(at + 2, at + 4);
      if (/^[0-9a-fA-F]{2}$/.test(hex)) addByte(parseInt(hex, 16));
      at += 4;
      continue;
    }
    const word = /^[a-zA-Z]{1,32}/.exec(source.slice(at + 1, at + 34))?.[0];
    if (!word) {
      // A control symbol: \\ \{ \} are literal; \~ a no-break space; a backslash before a line break is \par.
      at += 2;
      if (fallbackLeft > 0 && next !== '*') {
        fallbackLeft -= 1;
        continue;
      }
      if (next === '*') {
        if (wasGroupStart) state.skip = true; // an optional destination this reader does not know
        groupStart = wasGroupStart;
      } else if (next === '\\' || next === '{' || next === '}') addByte(next.charCodeAt(0));
      else if (next === '~') emit('\u00a0');
      else if (next === '_') emit('-');
      else if (next === '\n' || next === '\r') emit(paragraphEnd);
      continue;
    }
    at += 1 + word.length;
    const parameterText = /^-?\d{1,10}/.exec(source.slice(at, at + 11))?.[0];
    if (parameterText) at += parameterText.length;
    if (source[at] === ' ') at += 1; // the space that ends a control word belongs to it
    const parameter = parameterText === undefined ? undefined : Number(parameterText);

    if (word === 'bin') {
      // Binary data of the given length follows: never parsed as RTF.
      flush();
      at += Math.max(0, parameter ?? 0);
      continue;
    }
    if (fallbackLeft > 0 && word !== 'u') {
      fallbackLeft -= 1;
      continue;
    }
    if (wasGroupStart && skippedDestinations.has(word)) state.skip = true;
    switch (word) {
      case 'ansicpg': defaultCodePage = parameter ?? 1252; break;
      case 'mac': defaultCodePage = 10000; break;
      case 'deff': defaultFont = parameter; break;
      case 'fonttbl': state.fontTable = true; break;
      case 'f':
        flush();
        if (state.fontTable) definingFont = parameter;
        else state.font = parameter;
        break;
      case 'fcharset':
        if (state.fontTable && definingFont !== undefined && parameter !== undefined && charsetCodePages[parameter] && !fonts.has(definingFont)) {
          fonts.set(definingFont, charsetCodePages[parameter]);
        }
        break;
      case 'cpg':
        if (state.fontTable && definingFont !== undefined && parameter !== undefined) fonts.set(definingFont, parameter);
        break;
      case 'uc': state.unicodeSkip = Math.max(0, parameter ?? 1); break;
      case 'u':
        emit(String.fromCharCode((parameter ?? 0) < 0 ? (parameter ?? 0) + 65536 : (parameter ?? 0) & 0xffff));
        fallbackLeft = state.unicodeSkip;
        break;
      case 'v':
        flush();
        state.hidden = parameter !== 0;
        break;
      default:
        if (word in textWords) emit(textWords[word]!);
        else if (word === 'plain') {
          flush();
          state.font = undefined; // back to the default font
        }
    }
  }
  flush();
  if (!closed) return { ok: false, problem: 'malformed' };
  return { ok: true, text: out.join('') };
}
