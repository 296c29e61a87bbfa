import assert from 'node:assert/strict';
import { diffieHellman } from 'node:crypto';
import { describe, it } from 'node:test';
import { generateX25519KeyPair, privateKeyFromRaw, publicKeyFromRaw, rawPrivateKey, rawPublicKey } from './key-pairs.ts';

describe('X25519 key pairs', () => {
  it('exports raw 32-byte keys that import back to the same keys', () => {
    const pair = generateX25519KeyPair();
    assert.equal(pair.publicKey.length, 32);
    const raw = rawPrivateKey(pair.privateKey);
    assert.equal(raw.length, 32);
    const again = privateKeyFromRaw(raw);
    assert.deepEqual(rawPublicKey(again), pair.publicKey);
    assert.deepEqual(rawPublicKey(publicKeyFromRaw(pair.publicKey)), pair.publicKey);
  });

  it('agrees on a shared secret from either side', () => {
    const a = generateX25519KeyPair();
    const b = generateX25519KeyPair();
    assert.deepEqual(
      diffieHellman({ privateKey: a.privateKey, publicKey: publicKeyFromRaw(b.publicKey) }),
      diffieHellman({ privateKey: b.privateKey, publicKey: publicKeyFromRaw(a.publicKey) }),
    );
  });

  it('refuses keys of the wrong length', () => {
    assert.throws(() => privateKeyFromRaw(Buffer.alloc(31)), RangeError);
    assert.throws(() => publicKeyFromRaw(Buffer.alloc(33)), RangeError);
  });
});
