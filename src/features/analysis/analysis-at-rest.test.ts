// A copy of the database must not reveal what staff took from an input: the coded passage, the quote, which code
// an input carries or was found not to carry (a rejected suggestion), or who coded it. Every row of the analysis tables is read raw (blobs as bytes, text as text)
// and searched for those values, in clear and hex-encoded.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { analysisFixture, openedInput } from './analysis-test-setup.ts';
import { applyCode } from './apply-code.ts';
import { markQuote } from './mark-quote.ts';
import { rejectSuggestion } from './reject-suggestion.ts';

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
    // "Defunding does not apply here" names a code no input carries, so only the rejection could reveal it.
    const rejected = f.codes['defunding']!;
    assert.equal((await rejectSuggestion(f.deps, opened, f.staffId, { codeId: rejected, partRef: f.textRef, field: 'text', start: 0, end: answer.length })).kind, 'rejected');

    const dump = new Map<string, string>();
    for (const table of ['codings', 'quotes', 'suggestion_rejections', 'code_counts', 'codes', 'codebook_categories'] as const) {
      const values = (await db.selectFrom(table).selectAll().execute()).flatMap((row) => Object.values(row));
      dump.set(table, values.map((value) => (Buffer.isBuffer(value) ? value.toString('latin1') : String(value))).join('\n'));
    }
    const everything = [...dump.values()].join('\n');
    // The codebook itself names every code, by design; anywhere else the rejected code would be a leak.
    const outsideCodebook = [...dump].filter(([table]) => table !== 'codes').map(([, text]) => text).join('\n');
    assert.ok(everything.includes(f.codes['surveillance']!), 'the aggregate names the code (the test reads the right tables)');
    const inClear = (text: string, secret: string) => text.includes(secret) || text.includes(Buffer.from(secret).toString('hex'));
    for (const secret of [codedPassage, quotedPassage, '5519', f.staffId]) assert.ok(!inClear(everything, secret), `"${secret}" is stored in clear`);
    for (const secret of [rejected, 'defunding']) assert.ok(!inClear(outsideCodebook, secret), `the rejected code "${secret}" is stored in clear`);
    const codingRow = await db.selectFrom('codings').selectAll().where('submission_id', '=', opened.input.id).executeTakeFirstOrThrow();
    assert.deepEqual(Object.keys(codingRow).sort(), ['id', 'sealed_coding', 'submission_id'], 'a coding row names its input and nothing else in clear');
    const rejectionRow = await db.selectFrom('suggestion_rejections').selectAll().where('submission_id', '=', opened.input.id).executeTakeFirstOrThrow();
    assert.deepEqual(Object.keys(rejectionRow).sort(), ['id', 'sealed_rejection', 'submission_id'], 'a rejection row names its input and nothing else in clear');
  });
});
