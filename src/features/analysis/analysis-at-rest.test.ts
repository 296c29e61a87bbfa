// A copy of the database must not reveal what staff took from an input: the coded passage, the quote, which code
// an input carries, or who coded it. Every row of the analysis tables is read raw (blobs as bytes, text as text)
// and searched for those values, in clear and hex-encoded.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { analysisFixture, openedInput } from './analysis-test-setup.ts';
import { applyCode } from './apply-code.ts';
import { markQuote } from './mark-quote.ts';

const codedPassage = 'Agents photographed our members 5519 outside';
const quotedPassage = 'the clinic at Calle Oculta 5519';
const answer = `${codedPassage} ${quotedPassage} every day.`;

describeEachEngine('analysis at rest', (database) => {
  it('keeps coded passages, quotes, codes per input and coders out of the database in clear', async () => {
    const { db } = database();
    const f = await analysisFixture(db);
    const opened = await openedInput(f, answer);
    const coded = await applyCode(f.deps, opened, f.staffId, { codeId: f.codes['surveillance']!, partRef: f.textRef, field: 'text', start: 0, end: codedPassage.length });
    assert.equal(coded.kind, 'applied');
    const start = codedPassage.length + 1;
    assert.equal((await markQuote(f.deps, opened, f.staffId, { partRef: f.textRef, field: 'text', start, end: start + quotedPassage.length })).kind, 'marked');

    const dump: string[] = [];
    for (const table of ['codings', 'quotes', 'code_counts', 'codes', 'codebook_categories'] as const) {
      for (const row of await db.selectFrom(table).selectAll().execute()) {
        for (const value of Object.values(row)) dump.push(Buffer.isBuffer(value) ? value.toString('latin1') : String(value));
      }
    }
    const everything = dump.join('\n');
    assert.ok(everything.includes(f.codes['surveillance']!), 'the aggregate names the code (the test reads the right tables)');
    for (const secret of [codedPassage, quotedPassage, '5519', f.staffId]) {
      assert.ok(!everything.includes(secret), `"${secret}" is stored in clear`);
      assert.ok(!everything.includes(Buffer.from(secret).toString('hex')), `"${secret}" is stored hex-encoded`);
    }
    const codingRow = await db.selectFrom('codings').selectAll().where('submission_id', '=', opened.input.id).executeTakeFirstOrThrow();
    assert.deepEqual(Object.keys(codingRow).sort(), ['id', 'sealed_coding', 'submission_id'], 'a coding row names its input and nothing else in clear');
  });
});
