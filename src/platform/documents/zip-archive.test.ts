import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { markEncrypted, renameEntries, understateSizes, zipWith } from '../../../test/support/documents.ts';
import { limits } from '../../config.ts';
import { readZipArchive, writeZipArchive } from './zip-archive.ts';

const small = { maxEntries: 10, maxUncompressedBytes: 64 * 1024, maxRatio: 100, ratioCheckedAboveBytes: 16 * 1024 };

describe('readZipArchive', () => {
  it('reads every entry of an honest zip, in order', async () => {
    const reading = await readZipArchive(await zipWith({ 'a.txt': 'first', 'folder/b.xml': '<b/>' }));
    assert.ok(reading.ok);
    assert.deepEqual(reading.entries.map((e) => [e.name, e.data.toString()]), [['a.txt', 'first'], ['folder/b.xml', '<b/>']]);
  });

  it('uses the limits declared in config.ts by default', async () => {
    assert.equal(limits.archiveMaxEntries, 1_000);
    assert.equal(limits.archiveMaxUncompressedBytes, 100 * 1024 * 1024);
    const tooMany = Object.fromEntries(Array.from({ length: limits.archiveMaxEntries + 1 }, (_, i) => [`part${i}.xml`, 'x']));
    assert.deepEqual(await readZipArchive(await zipWith(tooMany)), { ok: false, problem: 'unsafe-archive' });
  });

  it('refuses a part that expands more than the ratio allows, but not a small one that does', async () => {
    const zeros = Buffer.alloc(32 * 1024);
    assert.deepEqual(await readZipArchive(await zipWith({ 'bomb.xml': zeros }), { limits: small }), { ok: false, problem: 'unsafe-archive' });
    assert.ok((await readZipArchive(await zipWith({ 'small.xml': Buffer.alloc(8 * 1024) }), { limits: small })).ok);
  });

  it('refuses an archive whose parts add up to more than the total allowed', async () => {
    const parts = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`p${i}.xml`, Buffer.alloc(15 * 1024)]));
    assert.deepEqual(await readZipArchive(await zipWith(parts), { limits: small }), { ok: false, problem: 'unsafe-archive' });
  });

  it('stops a part that inflates beyond the size its headers declare', async () => {
    const lying = understateSizes(await zipWith({ 'word/document.xml': Buffer.alloc(200_000) }), 1_000);
    assert.deepEqual(await readZipArchive(lying), { ok: false, problem: 'malformed' });
  });

  it('refuses parts named outside the archive, and duplicate names', async () => {
    const zip = await zipWith({ 'aaaaa/evil.txt': 'x' });
    assert.deepEqual(await readZipArchive(renameEntries(zip, 'aaaaa/', '../../')), { ok: false, problem: 'unsafe-archive' });
    assert.deepEqual(await readZipArchive(renameEntries(zip, 'aaaaa/', '/etc/p')), { ok: false, problem: 'unsafe-archive' });
    const twice = renameEntries(await zipWith({ 'one.xml': '<a/>', 'two.xml': '<b/>' }), 'two.xml', 'one.xml');
    assert.deepEqual(await readZipArchive(twice), { ok: false, problem: 'unsafe-archive' });
  });

  it('refuses encrypted parts', async () => {
    assert.deepEqual(await readZipArchive(markEncrypted(await zipWith({ 'a.xml': '<a/>' }))), { ok: false, problem: 'encrypted' });
  });

  it('refuses a zip inside the zip except where the caller expects one', async () => {
    const inner = await zipWith({ 'x.txt': 'inner' });
    const outer = await zipWith({ 'word/embeddings/Sheet1.xlsx': inner, 'doc.xml': '<d/>' });
    assert.deepEqual(await readZipArchive(outer), { ok: false, problem: 'unsafe-archive' });
    assert.ok((await readZipArchive(outer, { nestedArchivesUnder: ['word/embeddings/'] })).ok);
  });

  it('calls damaged bytes malformed', async () => {
    assert.deepEqual(await readZipArchive(Buffer.from('PK\u0003\u0004 not really a zip')), { ok: false, problem: 'malformed' });
    const zip = await zipWith({ 'a.xml': 'hello hello hello hello' });
    assert.deepEqual(await readZipArchive(zip.subarray(0, zip.length - 30)), { ok: false, problem: 'malformed' });
  });
});

describe('writeZipArchive', () => {
  it('writes entries that read back the same, the stored ones uncompressed', async () => {
    const data = await writeZipArchive([{ name: 'mimetype', data: Buffer.from('text/plain') }, { name: 'a/b.xml', data: Buffer.from('<b/>') }], ['mimetype']);
    assert.equal(data.subarray(30, 38).toString(), 'mimetype', 'the first entry is the stored mimetype');
    assert.equal(data.readUInt16LE(8), 0, 'stored');
    const reading = await readZipArchive(data);
    assert.ok(reading.ok);
    assert.deepEqual(reading.entries.map((e) => e.data.toString()), ['text/plain', '<b/>']);
  });
});
