import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DecryptionFailedError, UnsupportedFormatError } from './errors.ts';
import { newContentKey } from './content-cipher.ts';
import { unwrapUnderSecret, wrapUnderSecret } from './secret-wrap.ts';

describe('keys wrapped under a secret someone holds', () => {
  const key = newContentKey();

  it('opens with the same secret, purpose and record', () => {
    const box = wrapUnderSecret(key, 'token-abc', 'draft-link', 'input-1');
    assert.deepEqual(unwrapUnderSecret(box, 'token-abc', 'draft-link', 'input-1'), key);
    assert.equal(box.length, 1 + 12 + 32 + 16);
  });

  it('refuses another secret, another purpose, another record or an altered box', () => {
    const box = wrapUnderSecret(key, 'token-abc', 'draft-link', 'input-1');
    assert.throws(() => unwrapUnderSecret(box, 'token-abd', 'draft-link', 'input-1'), DecryptionFailedError);
    assert.throws(() => unwrapUnderSecret(box, 'token-abc', 'follow-up-session', 'input-1'), DecryptionFailedError);
    assert.throws(() => unwrapUnderSecret(box, 'token-abc', 'draft-link', 'input-2'), DecryptionFailedError);
    const altered = Buffer.from(box);
    altered[20] = (altered[20] ?? 0) ^ 1;
    assert.throws(() => unwrapUnderSecret(altered, 'token-abc', 'draft-link', 'input-1'), DecryptionFailedError);
    const future = Buffer.from(box);
    future[0] = 2;
    assert.throws(() => unwrapUnderSecret(future, 'token-abc', 'draft-link', 'input-1'), UnsupportedFormatError);
  });

  it('gives a different box each time (random nonce)', () => {
    assert.notDeepEqual(wrapUnderSecret(key, 's', 'test', 'r'), wrapUnderSecret(key, 's', 'test', 'r'));
  });
});
