import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, it } from 'node:test';
import { newPseudonymSecret, unwrapPseudonymSecret, wrapPseudonymSecret } from './pseudonym-secret.ts';
import { pseudonymIdFor, pseudonymLabel } from './pseudonyms.ts';

describe('pseudonymIdFor', () => {
  const secret = newPseudonymSecret();

  it('gives the same pseudonym in the same context every time', () => {
    assert.equal(pseudonymIdFor(secret, 'network:abc'), pseudonymIdFor(secret, 'network:abc'));
  });

  it('gives unrelated pseudonyms in different contexts and to different secrets', () => {
    const ids = new Set(['network:abc', 'network:abd', 'forum:housing', ''].map((c) => pseudonymIdFor(secret, c)));
    assert.equal(ids.size, 4);
    assert.notEqual(pseudonymIdFor(newPseudonymSecret(), 'network:abc'), pseudonymIdFor(secret, 'network:abc'));
  });

  it('is HMAC-SHA256 of "pseudonym:" and the context, 160 bits in Crockford base32', () => {
    const id = pseudonymIdFor(secret, 'thread:1');
    assert.match(id, /^[0-9A-HJKMNP-TV-Z]{32}$/);
    const mac = createHmac('sha256', secret.export()).update('pseudonym:thread:1').digest();
    assert.equal(BigInt(`0x${mac.subarray(0, 20).toString('hex')}`), [...id].reduce((n, c) => n * 32n + BigInt('0123456789ABCDEFGHJKMNPQRSTVWXYZ'.indexOf(c)), 0n));
  });

  it('labels a pseudonym readably from its first characters', () => {
    assert.equal(pseudonymLabel('7F3KQ2ABCDEFGHJKMNPQRSTVWXYZ0123'), 'Participant 7F3K-Q2');
  });
});

describe('pseudonym secret at rest', () => {
  it('opens with the password and member it was wrapped for, and with nothing else', async () => {
    const secret = newPseudonymSecret();
    const stored = await wrapPseudonymSecret(secret, 'a long enough password', 'member-1');
    assert.ok(!stored.wrapped.includes(secret.export()), 'the secret is not in the box in clear');
    const opened = await unwrapPseudonymSecret(stored, 'a long enough password', 'member-1');
    assert.deepEqual(opened.export(), secret.export());
    await assert.rejects(() => unwrapPseudonymSecret(stored, 'another password!!', 'member-1'));
    await assert.rejects(() => unwrapPseudonymSecret(stored, 'a long enough password', 'member-2'));
  });
});
