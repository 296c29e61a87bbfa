import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { DecryptionFailedError, UnsupportedFormatError } from './errors.ts';
import { generateX25519KeyPair } from './key-pairs.ts';
import { openSealed, seal, sealedBoxSize } from './sealed-box.ts';

describe('sealed box', () => {
  const recipient = generateX25519KeyPair();
  const secret = randomBytes(32);

  it('opens with the recipient private key to the sealed secret', () => {
    const box = seal(secret, recipient.publicKey);
    assert.equal(box.length, sealedBoxSize(32));
    assert.equal(box.length, 93);
    assert.deepEqual(openSealed(box, recipient.privateKey), secret);
  });

  it('is different every time (fresh ephemeral key and nonce) and never contains the secret', () => {
    const a = seal(secret, recipient.publicKey);
    const b = seal(secret, recipient.publicKey);
    assert.notDeepEqual(a, b);
    assert.equal(a.indexOf(secret), -1);
  });

  it('starts with its version byte and refuses an unknown version with a typed error', () => {
    const box = seal(secret, recipient.publicKey);
    assert.equal(box[0], 1);
    const future = Buffer.from(box);
    future[0] = 2;
    assert.throws(() => openSealed(future, recipient.privateKey), UnsupportedFormatError);
  });

  it('fails on any altered byte', () => {
    const box = seal(secret, recipient.publicKey);
    for (let i = 0; i < box.length; i += 1) {
      const altered = Buffer.from(box);
      altered[i] = altered[i]! ^ 0x01;
      assert.throws(() => openSealed(altered, recipient.privateKey), DecryptionFailedError, `byte ${i}`);
    }
  });

  it('fails with another private key, a truncated box or another purpose', () => {
    const box = seal(secret, recipient.publicKey);
    assert.throws(() => openSealed(box, generateX25519KeyPair().privateKey), DecryptionFailedError);
    assert.throws(() => openSealed(box.subarray(0, 40), recipient.privateKey), DecryptionFailedError);
    assert.throws(() => openSealed(box, recipient.privateKey, 'totp-secret'), DecryptionFailedError);
    assert.deepEqual(openSealed(seal(secret, recipient.publicKey, 'totp-secret'), recipient.privateKey, 'totp-secret'), secret);
  });

  it('refuses a low-order public key whose shared secret anyone could compute', () => {
    assert.throws(() => seal(secret, Buffer.alloc(32)), DecryptionFailedError);
  });
});
