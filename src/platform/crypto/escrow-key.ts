// The offline recovery ("escrow") key: a plain X25519 key pair whose private half is written to a file the operator
// takes off the server (printed, or on an encrypted USB key in a safe). The file is text so it can be printed.
import type { KeyObject } from 'node:crypto';
import { generateX25519KeyPair, privateKeyFromRaw, rawPrivateKey, rawPublicKey } from './key-pairs.ts';

const header = 'ISP-ESCROW-PRIVATE-KEY v1';

export function newEscrowKeyFile(now: Date): { publicKey: string; fileText: string } {
  const pair = generateX25519KeyPair();
  const publicKey = pair.publicKey.toString('base64');
  const fileText = [
    header,
    `private: ${rawPrivateKey(pair.privateKey).toString('base64')}`,
    `public: ${publicKey}`,
    `created: ${now.toISOString()}`,
    'Keep this file offline. Anyone holding it can read every input sealed to the escrow key.',
    '',
  ].join('\n');
  return { publicKey, fileText };
}

/** Reads an escrow key file back (for recovery), checking that its two halves belong together. */
export function readEscrowKeyFile(fileText: string): { privateKey: KeyObject; publicKey: Buffer } {
  const lines = fileText.split(/\r?\n/);
  if (lines[0] !== header) throw new Error('not an escrow private key file');
  const field = (name: string) => {
    const line = lines.find((l) => l.startsWith(`${name}: `));
    if (!line) throw new Error(`escrow key file: missing ${name}`);
    return Buffer.from(line.slice(name.length + 2).trim(), 'base64');
  };
  const privateKey = privateKeyFromRaw(field('private'));
  const publicKey = rawPublicKey(privateKey);
  if (!publicKey.equals(field('public'))) throw new Error('escrow key file: the public key does not match the private key');
  return { privateKey, publicKey };
}
