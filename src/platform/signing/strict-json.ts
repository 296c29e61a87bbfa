// A strict JSON reader for signed files. JSON.parse is too forgiving for text whose every byte is evidence: it keeps
// the last of two equal keys (so `"title":"Fake","title":"Real"` would verify as "Real" while a person or another
// parser reads "Fake"), it accepts fractions whose digits can silently change, and it recurses without a limit.
// This reader refuses all three, and lone surrogates too (I-JSON, RFC 7493), so what verifies is what anyone reads.

export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

export type StrictJsonProblem = 'not-json' | 'duplicate-key' | 'not-an-integer' | 'lone-surrogate' | 'too-deep';

export class StrictJsonError extends Error {
  constructor(readonly problem: StrictJsonProblem, readonly offset: number) {
    super(`${problem} at character ${offset}`);
    this.name = 'StrictJsonError';
  }
}

/** Deep enough for any document we sign; shallow enough that hostile nesting cannot exhaust the stack. */
export const maxJsonDepth = 64;

const whitespace = /[ \t\n\r]*/y;
const stringToken = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const numberToken = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const loneSurrogate = /\p{Cs}/u;

export function parseStrictJson(text: string): JsonValue {
  let at = 0;
  const fail = (problem: StrictJsonProblem, offset = at): never => {
    throw new StrictJsonError(problem, offset);
  };
  const skipSpace = () => {
    whitespace.lastIndex = at;
    whitespace.exec(text);
    at = whitespace.lastIndex;
  };
  const take = (token: RegExp): RegExpExecArray | null => {
    token.lastIndex = at;
    const match = token.exec(text);
    if (match) at = token.lastIndex;
    return match;
  };
  const readString = (): string => {
    const start = at;
    const match = take(stringToken) ?? fail('not-json');
    // The token is already valid JSON string syntax: without a backslash it is its own value, else JSON.parse decodes it.
    const value = match[0].includes('\\') ? (JSON.parse(match[0]) as string) : match[0].slice(1, -1);
    if (loneSurrogate.test(value)) fail('lone-surrogate', start);
    return value;
  };
  const readValue = (depth: number): JsonValue => {
    if (depth > maxJsonDepth) fail('too-deep');
    skipSpace();
    const char = text[at];
    if (char === '{') return readObject(depth);
    if (char === '[') return readArray(depth);
    if (char === '"') return readString();
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, at)) {
        at += word.length;
        return value;
      }
    }
    const start = at;
    const number = take(numberToken) ?? fail('not-json');
    const value = Number(number[0]);
    // -0 reads as 0 and would let two spellings verify alike; fractions and exponents are refused outright.
    if (number[1] || number[2] || !Number.isSafeInteger(value) || Object.is(value, -0)) fail('not-an-integer', start);
    return value;
  };
  const readArray = (depth: number): JsonValue[] => {
    at += 1;
    const items: JsonValue[] = [];
    skipSpace();
    if (text[at] === ']') {
      at += 1;
      return items;
    }
    for (;;) {
      items.push(readValue(depth + 1));
      skipSpace();
      const char = text[at++];
      if (char === ']') return items;
      if (char !== ',') fail('not-json', at - 1);
    }
  };
  const readObject = (depth: number): JsonObject => {
    at += 1;
    const object: JsonObject = {};
    skipSpace();
    if (text[at] === '}') {
      at += 1;
      return object;
    }
    for (;;) {
      skipSpace();
      const keyAt = at;
      const key = readString();
      if (Object.hasOwn(object, key)) fail('duplicate-key', keyAt);
      skipSpace();
      if (text[at++] !== ':') fail('not-json', at - 1);
      // defineProperty, not assignment: a key named "__proto__" must stay an ordinary member.
      Object.defineProperty(object, key, { value: readValue(depth + 1), enumerable: true, writable: true, configurable: true });
      skipSpace();
      const char = text[at++];
      if (char === '}') return object;
      if (char !== ',') fail('not-json', at - 1);
    }
  };

  const value = readValue(1);
  skipSpace();
  if (at !== text.length) fail('not-json');
  return value;
}
