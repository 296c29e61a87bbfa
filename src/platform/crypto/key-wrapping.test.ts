import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { DecryptionFailedError, UnsupportedFormatError, WrongPasswordError } from './errors.ts';
import { generateX25519KeyPair, rawPrivateKey, rawPublicKey } from './key-pairs.ts';
import { deriveKeyEncryptionKey, unwrapPrivateKey, unwrapWithKey, wrapPrivateKey, wrapWithKey } from './key-wrapping.ts';
import { openSealed, seal } from './sealed-box.ts';

describe('password-wrapped private keys', () => {
  const pair = generateX25519KeyPair();
  const password = 'correct horse battery staple';

  it('unwraps with the password to the same key, which opens what was sealed to it', async () => {
    const stored = await wrapPrivateKey(pair.privateKey, password);
    assert.equal(stored.salt.length, 16);
    assert.equal(stored.wrapped[0], 1);
    assert.equal(stored.wrapped.length, 1 + 12 + 32 + 16);
    assert.equal(stored.wrapped.indexOf(rawPrivateKey(pair.privateKey)), -1, 'the raw key is not in the wrap');
    const key = await unwrapPrivateKey(stored, password);
    assert.deepEqual(rawPublicKey(key), pair.publicKey);
    const secret = randomBytes(32);
    assert.deepEqual(openSealed(seal(secret, pair.publicKey), key), secret);
  });

  it('throws WrongPasswordError for a wrong password, never a different key', async () => {
    const stored = await wrapPrivateKey(pair.privateKey, password);
    await assert.rejects(unwrapPrivateKey(stored, 'correct horse battery stapler'), WrongPasswordError);
    await assert.rejects(unwrapPrivateKey({ ...stored, salt: randomBytes(16) }, password), WrongPasswordError);
  });

  it('uses a fresh salt each time, so the same password wraps differently', async () => {
    const a = await wrapPrivateKey(pair.privateKey, password);
    const b = await wrapPrivateKey(pair.privateKey, password);
    assert.notDeepEqual(a.salt, b.salt);
    assert.notDeepEqual(a.wrapped, b.wrapped);
  });

  it('derives a 32-byte key that depends on password and salt', async () => {
    const salt = randomBytes(16);
    const kek = await deriveKeyEncryptionKey(password, salt);
    assert.equal(kek.length, 32);
    assert.deepEqual(await deriveKeyEncryptionKey(password, salt), kek);
    assert.notDeepEqual(await deriveKeyEncryptionKey(`${password}!`, salt), kek);
    await assert.rejects(deriveKeyEncryptionKey(password, randomBytes(8)), RangeError);
  });

  it('fails on any altered byte of the wrapped key and on an unknown version', async () => {
    const kek = await deriveKeyEncryptionKey(password, randomBytes(16));
    const wrapped = wrapWithKey(pair.privateKey, kek);
    for (let i = 0; i < wrapped.length; i += 1) {
      const altered = Buffer.from(wrapped);
      altered[i] = altered[i]! ^ 0x04;
      assert.throws(() => unwrapWithKey(altered, kek), DecryptionFailedError, `byte ${i}`);
    }
    const future = Buffer.from(wrapped);
    future[0] = 7;
    assert.throws(() => unwrapWithKey(future, kek), UnsupportedFormatError);
  });
});
