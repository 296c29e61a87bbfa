import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CanonicalFormError, canonicalJson, normaliseJson } from './canonical-json.ts';
import { parseStrictJson, type JsonValue } from './strict-json.ts';

describe('canonicalJson', () => {
  it('sorts keys by UTF-16 code units, as RFC 8785 section 3.2.3 does', () => {
    const value = {
      '\u20ac': 'Euro Sign', '\r': 'Carriage Return', '1': 'One', '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control', '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    assert.equal(canonicalJson(value),
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis",'
      + '"\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face"}');
  });

  it('sorts nested objects, keeps array order and writes no whitespace', () => {
    assert.equal(canonicalJson({ b: [3, { z: null, a: true }, 'x'], a: { d: false, c: -42 } }),
      '{"a":{"c":-42,"d":false},"b":[3,{"a":true,"z":null},"x"]}');
    assert.equal(canonicalJson([]), '[]');
    assert.equal(canonicalJson({}), '{}');
  });

  it('escapes strings as RFC 8785 does: only quote, backslash and control characters', () => {
    assert.equal(canonicalJson('\u0000\b\t\n\f\r"\\/\u001f\u007f\u2028é😀'),
      '"\\u0000\\b\\t\\n\\f\\r\\"\\\\/\\u001f\u007f\u2028é😀"');
  });

  it('writes integers as plain decimals up to 2^53 − 1', () => {
    assert.equal(canonicalJson([0, -1, 42, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER]),
      '[0,-1,42,9007199254740991,-9007199254740991]');
  });

  it('puts strings and keys in NFC, so decomposed and precomposed accents sign alike', () => {
    assert.equal(canonicalJson({ 'cafe\u0301': 'Re\u0301seau' }), '{"café":"Réseau"}');
    assert.equal(canonicalJson('\ufb33'), '"\u05d3\u05bc"', 'a composition exclusion takes its canonical decomposition');
    assert.throws(() => canonicalJson({ 'e\u0301': 1, 'é': 2 }), CanonicalFormError);
  });

  it('refuses what JSON cannot carry exactly, naming where it is', () => {
    const refused: unknown[] = [1.5, Number.NaN, Infinity, 2 ** 53, undefined, new Date(0), new Map(), () => 1, 1n, Symbol('s'),
      { a: undefined }, [1, , 3], '\ud800', { ['\udc00']: 1 }, [{ deep: { deeper: [0.1] } }]];
    for (const value of refused) assert.throws(() => canonicalJson(value), CanonicalFormError, String(typeof value));
    assert.throws(() => canonicalJson({ list: [{ weight: 0.5 }] }), /list\[0\]\.weight: 0\.5 is not a safe integer/);
  });

  it('normalises a payload to what a signed file carries', () => {
    assert.deepEqual(normaliseJson({ b: 'cafe\u0301', a: [1] }), { a: [1], b: 'café' });
  });
});

describe('parseStrictJson', () => {
  it('reads JSON as JSON.parse does', () => {
    const text = ' {"a" : [1, -2, true, false, null, "x\\u00e9\\n\\ud83d\\ude00"], "b": {"c": {}} , "__proto__": []}\n';
    const value = parseStrictJson(text);
    assert.deepEqual(value, JSON.parse(text));
    assert.ok(Array.isArray((value as Record<string, JsonValue>)['__proto__']), '"__proto__" stays an ordinary member');
    assert.equal(Object.getPrototypeOf(value), Object.prototype);
  });

  it('refuses two equal keys in one object, where JSON.parse would silently keep the last', () => {
    for (const text of ['{"title":"Fake","title":"Real"}', '{"a":{"b":1,"c":2,"b":3}}', '[{"a":1},{"a":1,"\\u0061":2}]']) {
      assert.throws(() => parseStrictJson(text), { problem: 'duplicate-key' }, text);
    }
    assert.deepEqual(parseStrictJson('[{"a":1},{"a":2}]'), [{ a: 1 }, { a: 2 }], 'the same key in two objects is fine');
  });

  it('refuses fractions, exponents, -0 and integers beyond 2^53 − 1', () => {
    for (const text of ['1.0', '1e3', '2E-1', '-0', '9007199254740992', '[0.5]']) {
      assert.throws(() => parseStrictJson(text), { problem: 'not-an-integer' }, text);
    }
    assert.equal(parseStrictJson('-9007199254740991'), Number.MIN_SAFE_INTEGER);
  });

  it('refuses unpaired surrogates', () => {
    for (const text of ['"\\ud800"', '"\\udc00\\ud800"', '{"\\ud83d":1}']) {
      assert.throws(() => parseStrictJson(text), { problem: 'lone-surrogate' }, text);
    }
  });

  it('refuses nesting deeper than 64, before the stack could suffer', () => {
    assert.doesNotThrow(() => parseStrictJson(`${'['.repeat(64)}${']'.repeat(64)}`));
    assert.throws(() => parseStrictJson(`${'['.repeat(65)}${']'.repeat(65)}`), { problem: 'too-deep' });
    assert.throws(() => parseStrictJson('['.repeat(1_000_000)), { problem: 'too-deep' });
  });

  it('refuses what is not JSON', () => {
    for (const text of ['', ' ', '{', '[1,]', '{"a":1,}', "{'a':1}", '{a:1}', '// x\n1', 'NaN', '01', '+1', '"a\nb"', '"\\x41"',
      'tru', 'truex', '[1 2]', '{"a" 1}', '{"a":1}{}', '"unterminated', '\ufeff{}']) {
      assert.throws(() => parseStrictJson(text), { problem: 'not-json' }, JSON.stringify(text));
    }
  });

  it('reads back any document the canonical form writes, however it is indented (random documents)', () => {
    const pieces = ['a', 'é', 'e\u0301', '😀', '"', '\\', '\n', '\u0000', ' ', 'ا', '中', '\u2028'];
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const text = () => Array.from({ length: random(6) }, () => pieces[random(pieces.length)]).join('');
    const value = (depth: number): JsonValue => {
      const choice = random(depth > 3 ? 4 : 6);
      if (choice === 0) return text();
      if (choice === 1) return random(2_000_001) - 1_000_000;
      if (choice === 2) return [true, false, null][random(3)]!;
      if (choice === 3) return text().normalize('NFC');
      if (choice === 4) return Array.from({ length: random(4) }, () => value(depth + 1));
      return Object.fromEntries(Array.from({ length: random(4) }, (_, i) => [`${text()}${i}`, value(depth + 1)]));
    };
    for (let i = 0; i < 300; i += 1) {
      const original = value(0);
      const indented = JSON.stringify(original, null, random(3));
      assert.deepEqual(parseStrictJson(indented), original);
      assert.equal(canonicalJson(parseStrictJson(canonicalJson(original))), canonicalJson(original));
    }
  });
});
