import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateX25519KeyPair } from '../../platform/crypto/index.ts';
import { keyringsOf, PendingSignIns, SessionKeyring } from './session-keyring.ts';

const at = (iso: string) => new Date(iso);

describe('session keyring', () => {
  const key = generateX25519KeyPair().privateKey;

  it('holds a key until its session expires, then forgets it', () => {
    const ring = new SessionKeyring();
    ring.put('s1', 'u1', key, at('2026-11-23T18:00:00Z'), at('2026-11-23T10:00:00Z'));
    assert.equal(ring.get('s1', at('2026-11-23T17:59:59Z')), key);
    assert.equal(ring.get('s1', at('2026-11-23T18:00:00Z')), null);
    assert.equal(ring.size, 0);
  });

  it('drops one session, or every session of a member but one', () => {
    const ring = new SessionKeyring();
    const now = at('2026-11-23T10:00:00Z');
    const later = at('2026-11-23T18:00:00Z');
    ring.put('a', 'u1', key, later, now);
    ring.put('b', 'u1', key, later, now);
    ring.put('c', 'u2', key, later, now);
    ring.drop('c');
    assert.equal(ring.get('c', now), null);
    ring.dropMember('u1', 'a');
    assert.equal(ring.get('a', now), key);
    assert.equal(ring.get('b', now), null);
    ring.dropMember('u1');
    assert.equal(ring.size, 0);
  });

  it('sweeps expired keys when another is added', () => {
    const ring = new SessionKeyring();
    ring.put('old', 'u1', key, at('2026-11-23T11:00:00Z'), at('2026-11-23T10:00:00Z'));
    ring.put('new', 'u2', key, at('2026-11-23T20:00:00Z'), at('2026-11-23T12:00:00Z'));
    assert.equal(ring.size, 1);
  });

  it('keeps a pending sign-in five minutes and five wrong codes at most', () => {
    const pending = new PendingSignIns();
    const now = at('2026-11-23T10:00:00Z');
    pending.put('p', 'u1', key, now);
    assert.equal(pending.get('p', at('2026-11-23T10:04:59Z'))?.userId, 'u1');
    assert.equal(pending.get('p', at('2026-11-23T10:05:00Z')), null);
    pending.put('q', 'u1', key, now);
    assert.deepEqual([1, 2, 3, 4].map(() => pending.fail('q')), [4, 3, 2, 1]);
    assert.equal(pending.fail('q'), 0);
    assert.equal(pending.get('q', now), null);
  });

  it('gives each running app its own keyrings, so a new app (a restart) starts empty', () => {
    const app = {};
    assert.equal(keyringsOf(app), keyringsOf(app));
    assert.notEqual(keyringsOf(app), keyringsOf({}));
  });
});
