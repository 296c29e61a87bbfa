import assert from 'node:assert/strict';
import { it } from 'node:test';
import { openReceiptCode, sealReceiptCode } from './receipt-code-cookie.ts';
import { formatReceiptCode, hashReceiptCode, newReceiptCode, normaliseReceiptCode } from './receipt-code.ts';

const secret = 'a-site-secret-of-at-least-thirty-two-characters';

it('makes 16 random digits, every digit used, grouped in fours for reading', () => {
  const codes = Array.from({ length: 200 }, () => newReceiptCode());
  for (const code of codes) assert.match(code, /^\d{16}$/);
  assert.equal(new Set(codes).size, codes.length);
  assert.equal(new Set(codes.join('')).size, 10);
  assert.equal(formatReceiptCode('1234567890123456'), '1234 5678 9012 3456');
});

it('reads a typed code whatever its spaces, dashes or full-width digits, and nothing else', () => {
  assert.equal(normaliseReceiptCode(' 1234-5678 9012.3456 '), '1234567890123456');
  assert.equal(normaliseReceiptCode('１２３４５６７８９０１２３４５６'), '1234567890123456');
  for (const bad of ['', '123456789012345', '12345678901234567', '1234 5678 9012 345a', '١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦']) {
    assert.equal(normaliseReceiptCode(bad), null, bad);
  }
});

it('hashes the same code to the same value on one site, differently on another, never to the code', async () => {
  const code = '0123456789012345';
  const hash = await hashReceiptCode(code, secret);
  assert.match(hash, /^[0-9a-f]{64}$/);
  assert.equal(await hashReceiptCode(code, secret), hash);
  assert.notEqual(await hashReceiptCode('0123456789012346', secret), hash);
  assert.notEqual(await hashReceiptCode(code, `${secret}-other`), hash);
});

it('seals the code for the receipt cookie: only this input, only until it expires, only untampered', () => {
  const now = new Date('2026-11-23T10:00:00Z');
  const sealed = sealReceiptCode(secret, 'input-1', '1234567890123456', new Date('2026-11-23T10:15:00Z'));
  assert.ok(!sealed.includes('1234567890123456'));
  assert.equal(openReceiptCode(secret, 'input-1', sealed, now), '1234567890123456');
  assert.equal(openReceiptCode(secret, 'input-2', sealed, now), null);
  assert.equal(openReceiptCode(secret, 'input-1', sealed, new Date('2026-11-23T10:15:00Z')), null);
  assert.equal(openReceiptCode(`${secret}-other`, 'input-1', sealed, now), null);
  const tampered = `${sealed.slice(0, -2)}${sealed.endsWith('A') ? 'B' : 'A'}${sealed.slice(-1)}`;
  assert.equal(openReceiptCode(secret, 'input-1', tampered, now), null);
  assert.equal(openReceiptCode(secret, 'input-1', undefined, now), null);
});
