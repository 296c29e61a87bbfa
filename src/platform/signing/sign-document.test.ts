import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { CanonicalFormError } from './canonical-json.ts';
import { ed25519Seed } from './ed25519.ts';
import { currentSigningKey, rotateSigningKey, SigningKeyUnavailableError } from './platform-key.ts';
import { signDocument } from './sign-document.ts';
import { listPublicSigningKeys } from './signing-keys.repository.ts';
import { verifySignedFile } from './verify-signed-file.ts';

const config = { sessionSecret: 'a-session-secret-of-at-least-32-characters' };
const at = (day: number) => new Date(`2026-12-${String(day).padStart(2, '0')}T09:00:00.000Z`);
const payload = { title: 'Appel commun', signatories: [{ publicName: 'Haki Network', country: 'KE' }], total: 1 };

describeEachEngine('platform signing', (database) => {
  it('makes one key at first use, then signs every document with it; what it signs verifies as genuine', async () => {
    const { db } = database();
    assert.deepEqual(await listPublicSigningKeys(db), []);
    const first = await signDocument(db, config, 'solidarity-statement', payload, at(3));
    const second = await signDocument(db, config, 'solidarity-statement', { ...payload, total: 2 }, at(4));
    const keys = await listPublicSigningKeys(db);
    assert.equal(keys.length, 1);
    assert.equal(keys[0]!.createdAt, at(3).toISOString());
    for (const [file, total] of [[first, 1], [second, 2]] as const) {
      const result = await verifySignedFile(db, file);
      assert.deepEqual(result, {
        verdict: 'genuine', kind: 'solidarity-statement', payload: { ...payload, total }, signedAt: (total === 1 ? at(3) : at(4)).toISOString(),
        keyId: keys[0]!.keyId,
      });
    }
    assert.equal((await verifySignedFile(db, first.replace('Appel commun', 'Appel comun'))).verdict, 'altered');
  });

  it('keeps the private key only wrapped: the stored bytes do not contain the seed, and another secret cannot open it', async () => {
    const { db } = database();
    const key = await currentSigningKey(db, config.sessionSecret, at(5));
    const row = await db.selectFrom('signing_keys').select('wrapped_private_key').where('id', '=', key.keyId).executeTakeFirstOrThrow();
    assert.equal(Buffer.from(row.wrapped_private_key).indexOf(ed25519Seed(key.privateKey)), -1);
    await assert.rejects(signDocument(db, { sessionSecret: 'another-secret-of-at-least-32-characters!' }, 'solidarity-statement', payload, at(5)),
      SigningKeyUnavailableError);
  });

  it('refuses a payload JSON cannot carry exactly, and a kind that is not a plain name', async () => {
    const { db } = database();
    await assert.rejects(signDocument(db, config, 'solidarity-statement', { share: 0.5 }, at(5)), CanonicalFormError);
    await assert.rejects(signDocument(db, config, 'solidarity-statement', { when: new Date() }, at(5)), CanonicalFormError);
    await assert.rejects(signDocument(db, config, 'Statement', payload, at(5)), RangeError);
  });

  it('rotates: old files still verify, saying their key was retired and when; new files use the new key', async () => {
    const { db } = database();
    const before = await signDocument(db, config, 'solidarity-statement', payload, at(6));
    const { retired, current } = await rotateSigningKey(db, config, at(7));
    const after = await signDocument(db, config, 'solidarity-statement', payload, at(8));
    const old = await verifySignedFile(db, before);
    assert.equal(old.verdict, 'genuine');
    assert.equal(old.verdict === 'genuine' && old.keyId, retired);
    assert.equal(old.verdict === 'genuine' && old.retiredAt, at(7).toISOString());
    const fresh = await verifySignedFile(db, after);
    assert.deepEqual(fresh.verdict === 'genuine' && [fresh.keyId, fresh.retiredAt], [current, undefined]);
    const keys = await listPublicSigningKeys(db);
    assert.deepEqual(keys.filter((k) => k.retiredAt === null).map((k) => k.keyId), [current]);
  });

  it('after a rotation for compromise, files from the withdrawn key are no longer vouched for', async () => {
    const { db } = database();
    const before = await signDocument(db, config, 'solidarity-statement', payload, at(9));
    const { retired } = await rotateSigningKey(db, config, at(10), { compromised: true });
    assert.deepEqual(await verifySignedFile(db, before), { verdict: 'revoked-key', keyId: retired, retiredAt: at(10).toISOString() });
    assert.equal((await verifySignedFile(db, await signDocument(db, config, 'solidarity-statement', payload, at(11)))).verdict, 'genuine');
  });

  it('lets instances sharing a database that sign at the same moment agree on one key', async () => {
    const { db } = database();
    await db.deleteFrom('signing_keys').execute();
    const files = await Promise.all(Array.from({ length: 6 }, (_, i) => signDocument(db, config, 'solidarity-statement', { i }, at(12))));
    const keys = await listPublicSigningKeys(db);
    assert.equal(keys.length, 1);
    for (const file of files) assert.equal((await verifySignedFile(db, file)).verdict, 'genuine');
  });
});
