// `npm run verify` as a person runs it: a child process, on a file, against the installation's database (a SQLite
// file or the suite's PostgreSQL), a saved keys file, or a running platform's address.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { createTestApp } from '../../../test/support/test-app.ts';
import { connect, type Connection } from '../../db/connect.ts';
import type { Db } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { listPublicSigningKeys, publishedKeysDocument, rotateSigningKey, signDocument } from '../../platform/signing/index.ts';

const config = { sessionSecret: 'a-session-secret-of-at-least-32-characters' };

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

describeEachEngine('npm run verify', (database, engine) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'isp-verify-'));
  const at = (name: string) => path.join(dir, name);
  let db: Db;
  let own: Connection | undefined;
  let installation: Record<string, string>;

  function run(args: string[], env: Record<string, string> = installation, stdin?: string): Promise<Run> {
    const { DATABASE_URL: _inherited, ...base } = process.env;
    return new Promise((resolve) => {
      const child = execFile('npm', ['run', '--silent', 'verify', '--', ...args], { env: { ...base, NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env } },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }));
      child.stdin?.end(stdin ?? '');
    });
  }

  before(async () => {
    if (engine === 'postgres') {
      db = database().db;
      installation = { DATABASE_URL: database().url! };
    } else {
      own = connect({ kind: 'sqlite', file: at('data/platform.sqlite') });
      await migrateToLatest(own.db);
      db = own.db;
      installation = { DATA_DIR: at('data') };
    }
    const file = await signDocument(db, config, 'solidarity-statement', { title: 'Appel commun pour les défenseurs', signatories: 3 }, new Date('2026-12-03T10:00:00Z'));
    writeFileSync(at('statement.json'), file);
    writeFileSync(at('altered.json'), file.replace('"signatories": 3', '"signatories": 4'));
    writeFileSync(at('garbage.json'), '%PDF-1.7 not a signed file');
  });
  after(async () => {
    await own?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('says a genuine file is genuine, prints what it says, and exits 0', async () => {
    const { code, stdout } = await run([at('statement.json')]);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /^GENUINE AND UNALTERED\n/);
    assert.match(stdout, /"title": "Appel commun pour les défenseurs"/);
    assert.match(stdout, /Checked against 1 key from this installation's database/);
  });

  it('says an altered file is altered and exits 1', async () => {
    const { code, stdout } = await run([at('altered.json')]);
    assert.equal(code, 1, stdout);
    assert.match(stdout, /^ALTERED: DO NOT TRUST THIS COPY\n/);
  });

  it('exits 2 on a file it cannot read, a missing file, or a wrong command line', async () => {
    const garbage = await run([at('garbage.json')]);
    assert.equal(garbage.code, 2);
    assert.match(garbage.stdout, /THIS FILE CANNOT BE CHECKED\nThis is not a signed file/);
    const missing = await run([at('missing.json')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /Cannot check: .*no such file/i);
    const noInstallation = await run([at('statement.json')], { DATA_DIR: at('empty') });
    assert.equal(noInstallation.code, 2);
    assert.match(noInstallation.stderr, /Cannot check: there is no installation database at .*give --keys/);
    const usage = await run([]);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /Usage: npm run verify -- <signed file/);
  });

  it('checks against a saved keys file without touching any database, and reads standard input', async () => {
    writeFileSync(at('keys.json'), JSON.stringify(publishedKeysDocument('https://solidarity.example', await listPublicSigningKeys(db))));
    const nowhere = { DATA_DIR: at('empty') };
    const saved = await run([at('statement.json'), '--keys', at('keys.json')], nowhere);
    assert.equal(saved.code, 0, saved.stdout + saved.stderr);
    assert.match(saved.stdout, /Checked against 1 key from .*keys\.json/);
    const piped = await run(['-', `--keys=${at('keys.json')}`], nowhere, readFileSync(at('statement.json'), 'utf8'));
    assert.equal(piped.code, 0, piped.stdout + piped.stderr);
    assert.equal((await run(['-', `--keys=${at('keys.json')}`], nowhere, '{}')).code, 2, 'an empty object is not a signed file');
  });

  it("checks against a running platform's published keys, and a retired key still verifies", async () => {
    const t = await createTestApp(db, engine);
    try {
      const address = await t.app.listen({ host: '127.0.0.1', port: 0 });
      await rotateSigningKey(db, config, new Date('2026-12-04T08:00:00Z'));
      const { code, stdout } = await run([at('statement.json'), '--keys', address], { DATA_DIR: at('empty') });
      assert.equal(code, 0, stdout);
      assert.match(stdout, /It was signed with a key that was retired on 4 December 2026 at 08:00 UTC/);
      assert.match(stdout, new RegExp(`Checked against 2 keys from ${address}/.well-known/isp-signing-keys.json`));
    } finally {
      await t.app.close();
    }
  });
});
