// The signed file: a UTF-8 JSON document anyone can read, carry and check.
//   { "format": "isp-signed/1", "kind": "statement", "keyId": "<fingerprint>", "signedAt": "<ISO instant>",
//     "payload": { … }, "signature": "<base64url Ed25519 signature>" }
// The signature covers "isp-signed/1\n" followed by the canonical form (canonical-json.ts) of every member except
// `signature`. The prefix keeps a signature over this format from ever standing for anything else the key might sign;
// covering every other member means an added member is an alteration, not something a reader may safely ignore.
// Whitespace and member order are not covered: re-indenting a copy changes nothing anyone reads.
import { canonicalJson, normaliseJson } from './canonical-json.ts';
import { ed25519SignatureBytes } from './ed25519.ts';
import { parseStrictJson, StrictJsonError, type JsonObject, type StrictJsonProblem } from './strict-json.ts';

export const signedFileFormat = 'isp-signed/1';
const domainPrefix = `${signedFileFormat}\n`;
/** A statement with thousands of signatories is well under a megabyte; the rest is room to spare, and a cap on work. */
export const signedFileMaxBytes = 5 * 1024 * 1024;

export type MalformedReason =
  | 'empty' | 'too-large' | 'not-text' | StrictJsonProblem | 'not-a-signed-file' | 'unsupported-format' | 'invalid-field';

/** The checkable parts of a signed file; `signed` is every member except the signature, as the signature covers it. */
export interface SignedFile {
  kind: string;
  keyId: string;
  signedAt: string;
  payload: JsonObject;
  signed: JsonObject;
  signature: Buffer;
}

export type ReadSignedFile = { ok: true; file: SignedFile } | { ok: false; reason: MalformedReason; field?: string };

export const kindPattern = /^[a-z][a-z0-9-]{0,62}$/;
const keyIdPattern = /^[0-9a-f]{32}$/;
const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const signaturePattern = new RegExp(`^[A-Za-z0-9_-]{${Math.ceil((ed25519SignatureBytes * 4) / 3)}}$`);

export function signingBytes(signed: JsonObject): Buffer {
  return Buffer.from(domainPrefix + canonicalJson(signed), 'utf8');
}

/** The members a new file carries before its signature, with the payload normalised as the signature will cover it. */
export function unsignedContent(kind: string, keyId: string, signedAt: Date, payload: JsonObject): JsonObject {
  if (!kindPattern.test(kind)) throw new RangeError(`a signed file's kind is lower-case letters, digits and hyphens: ${kind}`);
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) throw new RangeError('a payload is a JSON object');
  return { format: signedFileFormat, kind, keyId, signedAt: signedAt.toISOString(), payload: normaliseJson(payload) };
}

/** Indented for people, members in a fixed order, ending with a newline. */
export function renderSignedFile(signed: JsonObject, signature: Buffer): string {
  return `${JSON.stringify({ ...signed, signature: signature.toString('base64url') }, null, 2)}\n`;
}

function decode(input: string | Uint8Array): string | MalformedReason {
  const size = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
  if (size > signedFileMaxBytes) return 'too-large';
  if (typeof input === 'string') return input.replace(/^\ufeff/, '');
  try {
    // fatal: a PDF or an image is refused as "not text" rather than read as replacement characters. The BOM some
    // editors add is dropped by the decoder.
    return new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    return 'not-text';
  }
}

const invalid = (field: string): ReadSignedFile => ({ ok: false, reason: 'invalid-field', field });

export function readSignedFile(input: string | Uint8Array): ReadSignedFile {
  const text = decode(input);
  if (text === 'too-large' || text === 'not-text') return { ok: false, reason: text };
  if (text.trim() === '') return { ok: false, reason: 'empty' };
  let parsed;
  try {
    parsed = parseStrictJson(text);
  } catch (error) {
    if (error instanceof StrictJsonError) return { ok: false, reason: error.problem };
    throw error;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || typeof parsed.format !== 'string') {
    return { ok: false, reason: 'not-a-signed-file' };
  }
  const { signature, ...signed } = parsed;
  const { format, kind, keyId, signedAt, payload } = signed;
  if (format !== signedFileFormat) return { ok: false, reason: /^isp-signed\/\d+$/.test(String(format)) ? 'unsupported-format' : 'not-a-signed-file' };
  if (typeof kind !== 'string' || !kindPattern.test(kind)) return invalid('kind');
  if (typeof keyId !== 'string' || !keyIdPattern.test(keyId)) return invalid('keyId');
  if (typeof signedAt !== 'string' || !instantPattern.test(signedAt) || Number.isNaN(Date.parse(signedAt))
    || new Date(signedAt).toISOString() !== signedAt) return invalid('signedAt');
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return invalid('payload');
  if (typeof signature !== 'string' || !signaturePattern.test(signature)) return invalid('signature');
  const bytes = Buffer.from(signature, 'base64url');
  // base64url's last character carries spare bits a lenient decoder ignores: only the one spelling of these bytes is
  // accepted, so no character of the signature can change without the check noticing.
  if (bytes.toString('base64url') !== signature) return invalid('signature');
  return { ok: true, file: { kind, keyId, signedAt, payload, signed, signature: bytes } };
}
