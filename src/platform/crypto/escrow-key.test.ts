import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { loadConfig } from '../../config.ts';
import { newEscrowKeyFile, readEscrowKeyFile } from './escrow-key.ts';
import { openSealed, seal } from './sealed-box.ts';

describe('escrow key', () => {
  it('writes a file whose private key opens what is sealed to the printed public key', () => {
    const { publicKey, fileText } = newEscrowKeyFile(new Date('2026-11-23T10:00:00Z'));
    const secret = randomBytes(32);
    const box = seal(secret, Buffer.from(publicKey, 'base64'));
    assert.deepEqual(openSealed(box, readEscrowKeyFile(fileText).privateKey), secret);
    assert.equal(loadConfig({ NODE_ENV: 'test', ESCROW_PUBLIC_KEY: publicKey }).escrowPublicKey, publicKey);
  });

  it('refuses a file whose halves do not match, and a public key of the wrong size in the settings', () => {
    const a = newEscrowKeyFile(new Date());
    const b = newEscrowKeyFile(new Date());
    const mixed = a.fileText.replace(/public: .*/, `public: ${b.publicKey}`);
    assert.throws(() => readEscrowKeyFile(mixed), /does not match/);
    assert.throws(() => readEscrowKeyFile('hello'), /not an escrow/);
    assert.throws(() => loadConfig({ NODE_ENV: 'test', ESCROW_PUBLIC_KEY: randomBytes(16).toString('base64') }), /ESCROW_PUBLIC_KEY/);
    assert.equal(loadConfig({ NODE_ENV: 'test' }).escrowPublicKey, null);
  });

  it('is made by the command line tool, private file mode 600, never overwritten', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'escrow-')), 'escrow-private-key.txt');
    const script = path.join(import.meta.dirname, 'escrow-keygen.ts');
    const output = execFileSync(process.execPath, ['--import', 'tsx', script, file], { encoding: 'utf8' });
    const publicKey = /ESCROW_PUBLIC_KEY=(\S+)/.exec(output)?.[1];
    assert.ok(publicKey);
    assert.deepEqual(readEscrowKeyFile(readFileSync(file, 'utf8')).publicKey, Buffer.from(publicKey, 'base64'));
    assert.equal(statSync(file).mode & 0o777, 0o600);
    assert.throws(() => execFileSync(process.execPath, ['--import', 'tsx', script, file], { stdio: 'pipe' }), 'an existing key file is never replaced');
  });
});
