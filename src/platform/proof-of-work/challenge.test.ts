import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { challengeLifetimeMinutes, issueChallenge, readChallenge } from './challenge.ts';
import { leadingZeroBits, meetsDifficulty, solveChallenge } from './solution.ts';

const secret = 'a-site-secret-of-at-least-32-characters';
const issuedAt = new Date('2026-11-23T10:00:00Z');
const later = (minutes: number) => new Date(issuedAt.getTime() + minutes * 60_000);

describe('proof-of-work challenges', () => {
  it('reads back what it issued: its id, when it was issued and expires, and its difficulty', () => {
    const text = issueChallenge(secret, issuedAt, 12);
    const read = readChallenge(secret, text, later(1));
    assert.equal(read.kind, 'valid');
    if (read.kind !== 'valid') return;
    assert.match(read.challenge.id, /^[A-Za-z0-9_-]{22}$/);
    assert.equal(read.challenge.issuedAt.toISOString(), issuedAt.toISOString());
    assert.equal(read.challenge.expiresAt.toISOString(), later(challengeLifetimeMinutes).toISOString());
    assert.equal(read.challenge.difficultyBits, 12);
  });

  it('issues a different challenge every time, carrying nothing about the person', () => {
    const a = issueChallenge(secret, issuedAt, 12);
    const b = issueChallenge(secret, issuedAt, 12);
    assert.notEqual(a, b);
    assert.match(a, /^v1\.[A-Za-z0-9_-]{22}\.\d+\.12\.[A-Za-z0-9_-]{43}$/);
  });

  it('refuses a challenge whose difficulty, time or nonce was changed, or that another site issued', () => {
    const text = issueChallenge(secret, issuedAt, 12);
    const [v, nonce, time, bits, mac] = text.split('.') as [string, string, string, string, string];
    const otherNonce = `${nonce.slice(0, -1)}${nonce.endsWith('A') ? 'B' : 'A'}`;
    for (const forged of [
      [v, nonce, time, '1', mac], [v, nonce, String(Number(time) + 3_600_000), bits, mac], [v, otherNonce, time, bits, mac],
    ]) {
      assert.deepEqual(readChallenge(secret, forged.join('.'), later(1)), { kind: 'tampered' }, forged.join('.'));
    }
    assert.deepEqual(readChallenge('another-site-secret-of-32-characters!!', text, later(1)), { kind: 'tampered' });
    for (const junk of ['x', 'v1.a.b.c.d', `${text}x`, text.replace(/^v1/, 'v2'), `${text.slice(0, -43)}${'A'.repeat(43)}`]) {
      assert.deepEqual(readChallenge(secret, junk, later(1)), { kind: 'tampered' }, junk);
    }
  });

  it('tells a missing challenge from a tampered one', () => {
    assert.deepEqual(readChallenge(secret, '', later(1)), { kind: 'missing' });
  });

  it('expires after its lifetime, and a challenge from the future is not trusted', () => {
    const text = issueChallenge(secret, issuedAt, 12);
    assert.equal(readChallenge(secret, text, later(challengeLifetimeMinutes - 1)).kind, 'valid');
    assert.deepEqual(readChallenge(secret, text, later(challengeLifetimeMinutes)), { kind: 'expired' });
    assert.deepEqual(readChallenge(secret, text, later(-5)), { kind: 'expired' });
  });
});

describe('proof-of-work solutions', () => {
  it('counts leading zero bits across bytes', () => {
    assert.equal(leadingZeroBits(Uint8Array.of(0x80, 0)), 0);
    assert.equal(leadingZeroBits(Uint8Array.of(0x01, 0xff)), 7);
    assert.equal(leadingZeroBits(Uint8Array.of(0, 0, 0x10)), 19);
    assert.equal(leadingZeroBits(Uint8Array.of(0, 0)), 16);
  });

  it('accepts a found solution and refuses others', () => {
    const challenge = issueChallenge(secret, issuedAt, 10);
    const solution = solveChallenge(challenge, 10);
    assert.ok(meetsDifficulty(challenge, solution, 10));
    assert.ok(!meetsDifficulty(challenge, solution, 40), 'the same counter does not meet a far harder difficulty');
    for (const junk of ['', ' 1', '1e3', '-1', '0x10', '9'.repeat(16)]) assert.ok(!meetsDifficulty(challenge, junk, 0), junk);
  });

  it('needs about 2^bits attempts: a 10-bit solution is rarely found in the first few counters', () => {
    let firstTries = 0;
    for (let i = 0; i < 50; i += 1) if (Number(solveChallenge(issueChallenge(secret, issuedAt, 10), 10)) < 8) firstTries += 1;
    assert.ok(firstTries < 10, `${firstTries} of 50 solved within 8 attempts`);
  });
});
