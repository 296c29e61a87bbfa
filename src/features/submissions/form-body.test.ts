import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFormBody } from './form-body.ts';

const field = (value: unknown) => ({ type: 'field', fieldname: 'x', value });
const file = (filename: string, data: Buffer, truncated = false) => ({
  type: 'file', fieldname: 'x', filename, mimetype: 'application/pdf', file: { truncated }, toBuffer: async () => data,
});

describe('parseFormBody', () => {
  it('reads multipart text fields, single and repeated, as strings', async () => {
    const body = await parseFormBody({
      name: field('Colectivo'),
      countries: [field('KE'), field('CL')],
      _csrf: field('token'),
    });
    assert.equal(body.one('name'), 'Colectivo');
    assert.deepEqual(body.many('countries'), ['KE', 'CL']);
    assert.equal(body.one('countries'), 'KE');
    assert.equal(body.one('missing'), '');
    assert.deepEqual(body.many('missing'), []);
  });

  it('reads urlencoded bodies the same way', async () => {
    const body = await parseFormBody({ name: 'Colectivo', countries: ['KE', 'CL'] });
    assert.equal(body.one('name'), 'Colectivo');
    assert.deepEqual(body.many('countries'), ['KE', 'CL']);
  });

  it('collects files with their bytes, field and truncation, and skips empty file inputs', async () => {
    const body = await parseFormBody({
      attachments: [file('a.pdf', Buffer.from('%PDF-1.4')), file('big.pdf', Buffer.from('%PDF'), true)],
      'a.q:evidence.files': file('', Buffer.alloc(0)),
    });
    assert.deepEqual(body.files.map((f) => [f.field, f.filename, f.data.length, f.truncated]), [
      ['attachments', 'a.pdf', 8, false],
      ['attachments', 'big.pdf', 4, true],
    ]);
  });

  it('ignores values that are not text (JSON parts, objects) and bodies that are not objects', async () => {
    const body = await parseFormBody({ weird: field({ nested: true }), number: 5 });
    assert.equal(body.one('weird'), '');
    assert.equal(body.one('number'), '');
    assert.deepEqual((await parseFormBody(undefined)).names(), []);
    assert.deepEqual((await parseFormBody('text')).names(), []);
  });
});
