import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readUnsubscribeToken, unsubscribeToken } from './unsubscribe-token.ts';

const secret = 'a'.repeat(40);

describe('unsubscribe tokens', () => {
  it('name the member and the kind of email they stop', () => {
    assert.deepEqual(readUnsubscribeToken(secret, unsubscribeToken(secret, 'member-1', 'digest')), { memberId: 'member-1', kind: 'digest' });
  });

  it('cannot be moved to another member, another kind, or made under another secret', () => {
    const token = unsubscribeToken(secret, 'member-1', 'reply');
    assert.equal(readUnsubscribeToken(secret, token.replace('member-1', 'member-2')), null);
    assert.equal(readUnsubscribeToken(secret, token.replace('.reply.', '.mention.')), null);
    assert.equal(readUnsubscribeToken('b'.repeat(40), token), null);
    assert.equal(readUnsubscribeToken(secret, 'unknown-0000'), null);
  });
});
