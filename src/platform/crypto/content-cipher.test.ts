import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentOverheadBytes, decryptContent, encryptContent, newContentKey } from './content-cipher.ts';
import { DecryptionFailedError, UnsupportedFormatError } from './errors.ts';

describe('content cipher', () => {
  const key = newContentKey();
  const text = Buffer.from('Les défenseurs des droits humains sont surveillés — 人権 — حقوق', 'utf8');

  it('round-trips content for its record, adding only the version, nonce and tag', () => {
    const encrypted = encryptContent(text, key, 'record-1');
    assert.equal(encrypted.length, text.length + contentOverheadBytes);
    assert.equal(encrypted[0], 1);
    assert.equal(encrypted.indexOf(text), -1);
    assert.deepEqual(decryptContent(encrypted, key, 'record-1'), text);
    assert.deepEqual(decryptContent(encryptContent(Buffer.alloc(0), key, 'r'), key, 'r'), Buffer.alloc(0));
  });

  it('refuses a ciphertext moved to another record', () => {
    const encrypted = encryptContent(text, key, 'record-1');
    assert.throws(() => decryptContent(encrypted, key, 'record-2'), DecryptionFailedError);
  });

  it('refuses another key', () => {
    assert.throws(() => decryptContent(encryptContent(text, key, 'r'), newContentKey(), 'r'), DecryptionFailedError);
  });

  it('fails on any altered byte and on an unknown version', () => {
    const encrypted = encryptContent(Buffer.from('short secret'), key, 'r');
    for (let i = 0; i < encrypted.length; i += 1) {
      const altered = Buffer.from(encrypted);
      altered[i] = altered[i]! ^ 0x80;
      assert.throws(() => decryptContent(altered, key, 'r'), DecryptionFailedError, `byte ${i}`);
    }
    const future = Buffer.from(encrypted);
    future[0] = 9;
    assert.throws(() => decryptContent(future, key, 'r'), UnsupportedFormatError);
    assert.throws(() => decryptContent(encrypted.subarray(0, 20), key, 'r'), DecryptionFailedError);
  });

  it('refuses a key that is not 32 bytes', () => {
    assert.throws(() => encryptContent(text, Buffer.alloc(16), 'r'), RangeError);
  });
});
