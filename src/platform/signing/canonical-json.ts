// The canonical form that signatures cover: RFC 8785 (JSON Canonicalization Scheme) for the subset signed files use
// — objects with keys sorted by UTF-16 code units, arrays, strings, safe integers, booleans, null; no whitespace;
// strings escaped as ECMAScript's JSON.stringify escapes them — plus one rule of our own: every string (keys too) is
// put in Unicode NFC first. A copy whose text went through a tool that recomposed or decomposed accents shows the
// same letters and still verifies; a verifier written elsewhere must apply NFC as well (docs/AUTHENTICITY.md).
// Values JSON cannot carry exactly (fractions, NaN, undefined, dates, class instances) are refused, never coerced,
// so the signer learns at once rather than signing something that reads back differently.
import type { JsonObject, JsonValue } from './strict-json.ts';

export class CanonicalFormError extends Error {
  constructor(readonly path: string, problem: string) {
    super(`${path || 'the document'}: ${problem}`);
    this.name = 'CanonicalFormError';
  }
}

const loneSurrogate = /\p{Cs}/u;

function canonicalString(value: string, path: string): string {
  if (loneSurrogate.test(value)) throw new CanonicalFormError(path, 'a string holds an unpaired surrogate');
  return JSON.stringify(value.normalize('NFC'));
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

function serialise(value: unknown, path: string): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string') return canonicalString(value, path);
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new CanonicalFormError(path, `${value} is not a safe integer`);
    return String(value);
  }
  if (Array.isArray(value)) {
    const items: string[] = [];
    for (let i = 0; i < value.length; i += 1) {
      if (!(i in value)) throw new CanonicalFormError(`${path}[${i}]`, 'an array has a hole');
      items.push(serialise(value[i], `${path}[${i}]`));
    }
    return `[${items.join(',')}]`;
  }
  if (typeof value === 'object' && isPlainObject(value)) {
    const members = new Map<string, string>();
    for (const [key, member] of Object.entries(value)) {
      const normalised = key.normalize('NFC');
      const where = path ? `${path}.${key}` : key;
      if (members.has(normalised)) throw new CanonicalFormError(where, 'two keys are the same once normalised');
      members.set(normalised, `${canonicalString(key, where)}:${serialise(member, where)}`);
    }
    // Default sort compares UTF-16 code units, which is the order RFC 8785 prescribes.
    return `{${[...members.keys()].sort().map((key) => members.get(key)).join(',')}}`;
  }
  throw new CanonicalFormError(path, `${value === undefined ? 'undefined' : typeof value === 'object' ? 'a non-plain object' : typeof value} cannot be signed`);
}

/** The canonical text of a value; throws CanonicalFormError naming the first part that cannot be signed. */
export function canonicalJson(value: unknown): string {
  return serialise(value, '');
}

/** The same value with every string in NFC and keys in canonical order: what a signed file carries as its payload. */
export function normaliseJson<T extends JsonValue>(value: T): T {
  return JSON.parse(canonicalJson(value)) as T;
}

export type { JsonObject, JsonValue };
