// The receipt code: 16 random digits a submitter writes down to come back (GlobaLeaks' receipt). Only a slow hash is
// stored: argon2id with a site-wide salt derived from the session secret, so the same code always gives the same
// hash and can be found through an index, while a copy of the database cannot be turned back into codes cheaply.
// Rotating SESSION_SECRET therefore makes every existing code unusable (the threat model says so).
import { createHash, hkdfSync, randomInt } from 'node:crypto';
import { hashRaw, type Algorithm, type Options } from '@node-rs/argon2';

export const receiptCodeDigits = 16;

// Algorithm is an ambient const enum, which isolated modules cannot read; 2 is its Argon2id member.
const argon2id = 2 as Algorithm;
const costs = { memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

/** Each digit from the CSPRNG on its own, so every one of the 10^16 codes is equally likely. */
export function newReceiptCode(): string {
  let code = '';
  for (let i = 0; i < receiptCodeDigits; i += 1) code += String(randomInt(10));
  return code;
}

/** 1234 5678 9012 3456: four groups are easier to copy by hand and to read back. */
export function formatReceiptCode(code: string): string {
  return code.replace(/(\d{4})(?=\d)/g, '$1 ');
}

/** The 16 digits of a typed code, whatever spaces, dashes or full-width digits came with them; null otherwise. */
export function normaliseReceiptCode(typed: string): string | null {
  const digits = typed.normalize('NFKC').replace(/[\s\-.·]/g, '');
  return new RegExp(`^\\d{${receiptCodeDigits}}$`).test(digits) ? digits : null;
}

const derived = new Map<string, Options>();
function optionsFor(secret: string): Options {
  let options = derived.get(secret);
  if (!options) {
    const key = (info: string) => new Uint8Array(hkdfSync('sha256', secret, '', info, 32));
    options = { algorithm: argon2id, ...costs, salt: key('receipt-code salt'), secret: key('receipt-code pepper') };
    derived.set(secret, options);
  }
  return options;
}

/** Deterministic for one site (same code → same hash), ~100 ms per call: the cost is what protects 16 digits. */
export async function hashReceiptCode(code: string, siteSecret: string): Promise<string> {
  return (await hashRaw(code, optionsFor(siteSecret))).toString('hex');
}

/**
 * The key that wraps the input's content key for its submitter: argon2id again, salted per input, so no work done
 * for one input helps with another, and it is never stored (the lookup hash above is a different derivation).
 */
export async function deriveReceiptKey(code: string, siteSecret: string, submissionId: string): Promise<Buffer> {
  const salt = new Uint8Array(createHash('sha256').update(`receipt-key salt:${submissionId}`).digest().subarray(0, 16));
  const pepper = new Uint8Array(hkdfSync('sha256', siteSecret, '', 'receipt-code key pepper', 32));
  return hashRaw(code, { algorithm: argon2id, ...costs, salt, secret: pepper });
}
