import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateX25519KeyPair } from '../../platform/crypto/index.ts';
import {
  groupSecret, hashRecoveryCode, looksLikeRecoveryCode, matchingStep, newRecoveryCodes, newTotpSecret, openTotpSecret,
  sealTotpSecret, stepOf, totpCode, totpUri,
} from './two-factor.ts';

describe('TOTP and recovery codes', () => {
  const secret = newTotpSecret();
  const now = new Date('2026-11-23T10:00:10Z');

  it('matches a code of this step or one either side, and tells which step it was', () => {
    const step = stepOf(now);
    assert.equal(matchingStep(secret, totpCode(secret, now), now), step);
    assert.equal(matchingStep(secret, totpCode(secret, new Date(now.getTime() - 30_000)), now), step - 1);
    assert.equal(matchingStep(secret, totpCode(secret, new Date(now.getTime() + 30_000)), now), step + 1);
    assert.equal(matchingStep(secret, totpCode(secret, new Date(now.getTime() + 90_000)), now), null);
    assert.equal(matchingStep(secret, totpCode(newTotpSecret(), now), now) === step ? 'collision' : 'ok', 'ok');
    assert.equal(matchingStep(secret, ` ${totpCode(secret, now).slice(0, 3)} ${totpCode(secret, now).slice(3)} `, now), step, 'spaces are ignored');
    assert.equal(matchingStep(secret, 'abcdef', now), null);
  });

  it('writes the otpauth address authenticator apps read', () => {
    assert.match(totpUri(secret, 'ama@ohchr.example'), new RegExp(`^otpauth://totp/Solidarity%20platform:ama%40ohchr\\.example\\?issuer=Solidarity%20platform&secret=${secret}&algorithm=SHA1&digits=6&period=30$`));
    assert.equal(groupSecret('ABCDEFGHIJ'), 'ABCD EFGH IJ');
  });

  it('makes ten distinct recovery codes that hash the same however they are typed', () => {
    const codes = newRecoveryCodes();
    assert.equal(new Set(codes).size, 10);
    for (const code of codes) assert.ok(looksLikeRecoveryCode(code));
    assert.equal(hashRecoveryCode(codes[0]!), hashRecoveryCode(codes[0]!.toUpperCase().replace(/-/g, ' ')));
    assert.notEqual(hashRecoveryCode(codes[0]!), hashRecoveryCode(codes[1]!));
    assert.ok(!looksLikeRecoveryCode('123456'));
  });

  it('seals the secret to the member’s own key: only their private key opens it', () => {
    const pair = generateX25519KeyPair();
    const sealed = sealTotpSecret(secret, pair.publicKey);
    assert.equal(sealed.indexOf(secret), -1);
    assert.equal(openTotpSecret(sealed, pair.privateKey), secret);
    assert.throws(() => openTotpSecret(sealed, generateX25519KeyPair().privateKey));
  });
});
