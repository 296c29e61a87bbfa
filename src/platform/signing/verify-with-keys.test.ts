import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalJson } from './canonical-json.ts';
import { generateEd25519KeyPair, keyFingerprint, signEd25519, type Ed25519KeyPair } from './ed25519.ts';
import { renderSignedFile, signedFileMaxBytes, signingBytes, unsignedContent } from './signed-file.ts';
import { parseStrictJson, type JsonObject } from './strict-json.ts';
import { verifyWithKeys, type PublicSigningKey } from './verify-with-keys.ts';

const payload: JsonObject = {
  title: 'Solidarité avec les défenseurs 🌍', text: 'Nous appelons…\nSecond paragraph — "quoted".',
  version: 3, counts: { total: 2, byCountry: { CL: 1, KE: 1 } }, withdrawn: false, note: null,
  signatories: [{ publicName: 'Red de Mujeres', country: 'CL' }, { publicName: 'Haki Network', country: 'KE' }],
};
const signedAt = new Date('2026-12-03T10:15:00.000Z');

function signWith(pair: Ed25519KeyPair, body: JsonObject = payload, kind = 'solidarity-statement'): string {
  const signed = unsignedContent(kind, keyFingerprint(pair.publicKey), signedAt, body);
  return renderSignedFile(signed, signEd25519(pair.privateKey, signingBytes(signed)));
}

const publicKey = (pair: Ed25519KeyPair, extra: Partial<PublicSigningKey> = {}): PublicSigningKey => ({
  keyId: keyFingerprint(pair.publicKey), publicKey: pair.publicKey, createdAt: '2026-12-01T00:00:00.000Z', retiredAt: null,
  compromised: false, ...extra,
});

const pair = generateEd25519KeyPair();
const keys = [publicKey(pair)];
const file = signWith(pair);

describe('verifyWithKeys', () => {
  it('says a signed file is genuine and gives back what it says', () => {
    const result = verifyWithKeys(file, keys);
    assert.deepEqual(result, {
      verdict: 'genuine', kind: 'solidarity-statement', payload, signedAt: signedAt.toISOString(), keyId: keyFingerprint(pair.publicKey),
    });
    assert.equal(verifyWithKeys(Buffer.from(file, 'utf8'), keys).verdict, 'genuine', 'as bytes too');
    assert.equal(verifyWithKeys(`\ufeff${file}`, keys).verdict, 'genuine', 'with the byte-order mark an editor adds');
  });

  it('fails on ANY one-character change that changes what the file says: every position, replaced, deleted or doubled', () => {
    const original = canonicalJson(parseStrictJson(file));
    const signatureStart = file.indexOf('"signature": "') + 14;
    const textStart = file.indexOf('"text": "') + 9;
    let tried = 0;
    let stillGenuine = 0;
    for (let i = 0; i < file.length; i += 1) {
      const char = file[i]!;
      const others = [String.fromCharCode(char.charCodeAt(0) + 1), String.fromCharCode(char.charCodeAt(0) - 1), 'x', ' ', '0']
        .filter((c) => c !== char);
      const changed = [...others.map((c) => file.slice(0, i) + c + file.slice(i + 1)), file.slice(0, i) + file.slice(i + 1), file.slice(0, i) + char + file.slice(i)];
      for (const copy of changed) {
        tried += 1;
        if (verifyWithKeys(copy, keys).verdict !== 'genuine') continue;
        stillGenuine += 1;
        // Only a change no reader can see may still verify: whitespace between members, a \u escape's letter case.
        assert.equal(canonicalJson(parseStrictJson(copy)), original, `position ${i}: ${JSON.stringify(copy.slice(Math.max(0, i - 10), i + 10))}`);
        assert.ok(i < textStart || i >= file.indexOf('"', textStart), `inside the payload's text at ${i}`);
        assert.ok(i < signatureStart || i >= signatureStart + 86, `inside the signature at ${i}`);
      }
    }
    assert.ok(tried > 5 * file.length, `${tried} copies tried`);
    assert.ok(stillGenuine < tried / 10, `${stillGenuine} of ${tried} copies still verify`);
  });

  it('reads a re-indented copy, or one whose accents were decomposed, as the same file', () => {
    assert.equal(verifyWithKeys(JSON.stringify(JSON.parse(file)), keys).verdict, 'genuine');
    assert.equal(verifyWithKeys(file.normalize('NFD'), keys).verdict, 'genuine');
  });

  it('does not let a repeated member hide a forged value that another reader would see', () => {
    const forged = file.replace('"title": ', '"title": "Fake news", "title": ');
    assert.deepEqual(verifyWithKeys(forged, keys), { verdict: 'malformed', reason: 'duplicate-key' });
  });

  it('calls a file altered when a member is added, removed or its signature replaced', () => {
    const id = keyFingerprint(pair.publicKey);
    const document = JSON.parse(file) as Record<string, unknown>;
    assert.deepEqual(verifyWithKeys(JSON.stringify({ ...document, note: 'added' }), keys), { verdict: 'altered', keyId: id });
    const { note: _removed, ...fewer } = payload;
    assert.deepEqual(verifyWithKeys(JSON.stringify({ ...document, payload: fewer }), keys), { verdict: 'altered', keyId: id });
    const other = JSON.parse(signWith(pair, { ...payload, version: 4 })) as { signature: string };
    assert.deepEqual(verifyWithKeys(JSON.stringify({ ...document, signature: other.signature }), keys), { verdict: 'altered', keyId: id });
    const asAnotherKind = JSON.parse(signWith(pair, payload, 'other-kind')) as { signature: string };
    assert.deepEqual(verifyWithKeys(JSON.stringify({ ...document, signature: asAnotherKind.signature }), keys), { verdict: 'altered', keyId: id });
  });

  it('does not vouch for a file signed by a key it does not hold, even one named after its own key', () => {
    const stranger = generateEd25519KeyPair();
    assert.deepEqual(verifyWithKeys(signWith(stranger), keys), { verdict: 'unknown-key', keyId: keyFingerprint(stranger.publicKey) });
    assert.equal(verifyWithKeys(file, []).verdict, 'unknown-key');
    // A key list that calls the stranger's key by our key's name is not believed: fingerprints are recomputed.
    const misnamed = [{ ...publicKey(stranger), keyId: keyFingerprint(pair.publicKey) }];
    assert.equal(verifyWithKeys(file, misnamed).verdict, 'unknown-key');
  });

  it('still verifies a file from a retired key, saying so, and refuses one from a compromised key', () => {
    const retiredAt = '2026-12-05T00:00:00.000Z';
    assert.equal(verifyWithKeys(file, [publicKey(pair, { retiredAt })]).verdict, 'genuine');
    assert.equal((verifyWithKeys(file, [publicKey(pair, { retiredAt })]) as { retiredAt?: string }).retiredAt, retiredAt);
    assert.deepEqual(verifyWithKeys(file, [publicKey(pair, { retiredAt, compromised: true })]),
      { verdict: 'revoked-key', keyId: keyFingerprint(pair.publicKey), retiredAt });
  });

  it('says why a file cannot be read at all', () => {
    const document = JSON.parse(file) as Record<string, unknown>;
    const text = (changes: Record<string, unknown>) => JSON.stringify({ ...document, ...changes });
    const cases: [string | Uint8Array, string, string?][] = [
      ['', 'empty'], [' \n', 'empty'], ['x'.repeat(signedFileMaxBytes + 1), 'too-large'], [Buffer.from([0x25, 0x50, 0x44, 0x46, 0xff, 0xfe]), 'not-text'],
      ['%PDF-1.7', 'not-json'], ['[]', 'not-a-signed-file'], ['{"hello":"world"}', 'not-a-signed-file'], [text({ format: 'pgp' }), 'not-a-signed-file'],
      [text({ format: 'isp-signed/2' }), 'unsupported-format'], [text({ payload: [1] }), 'invalid-field', 'payload'],
      [text({ kind: 'Statement!' }), 'invalid-field', 'kind'], [text({ keyId: 'abc' }), 'invalid-field', 'keyId'],
      [text({ signedAt: '2026-02-30T00:00:00.000Z' }), 'invalid-field', 'signedAt'], [text({ signedAt: 'yesterday' }), 'invalid-field', 'signedAt'],
      [text({ signature: 'c2ln' }), 'invalid-field', 'signature'], [text({ signature: undefined }), 'invalid-field', 'signature'],
      [file.replace('"version": 3', '"version": 3.0'), 'not-an-integer'], [`${'['.repeat(100)}${']'.repeat(100)}`, 'too-deep'],
    ];
    for (const [input, reason, field] of cases) {
      assert.deepEqual(verifyWithKeys(input, keys), { verdict: 'malformed', reason, ...(field ? { field } : {}) }, `${reason} ${field ?? ''}`);
    }
  });

  it('accepts only the one spelling of the signature bytes (base64url spare bits cannot change unnoticed)', () => {
    const { signature } = JSON.parse(file) as { signature: string };
    const last = signature.at(-1)!;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (const other of alphabet.replace(last, '')) {
      const copy = file.replace(signature, signature.slice(0, -1) + other);
      assert.notEqual(verifyWithKeys(copy, keys).verdict, 'genuine', other);
    }
  });
});
