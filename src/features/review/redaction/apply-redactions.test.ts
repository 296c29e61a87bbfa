import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  applyRedactions, findPassage, hasRedactions, localiseRedactions, neutraliseMarkers, redactionMarker, splitRedactions,
} from './apply-redactions.ts';
import { redactionReasons, type RedactionReason } from './redaction.ts';

const label = (reason: RedactionReason) => `[${reason}]`;
const read = (published: string) => localiseRedactions(published, label);

describe('applying redactions', () => {
  const text = 'Maria Lopez (maria@example.org) lives at 12 rue de la Paix.';

  it('replaces each range by a mark that carries the reason and nothing of the passage', () => {
    const published = applyRedactions(text, [
      { start: 0, end: 11, reason: 'personal-data' }, { start: 13, end: 30, reason: 'safety' }, { start: 41, end: 58, reason: 'third-party' },
    ]);
    assert.equal(read(published), '[personal-data] ([safety]) lives at [third-party].');
    for (const secret of ['Maria', 'Lopez', 'example', 'rue', 'Paix', '12']) assert.ok(!published.includes(secret), secret);
    assert.deepEqual(splitRedactions(published), [
      { reason: 'personal-data' }, ' (', { reason: 'safety' }, ') lives at ', { reason: 'third-party' }, '.',
    ]);
  });

  it('hides every occurrence of a passage typed by hand, overlapping ones included', () => {
    assert.equal(read(applyRedactions('Ana and Ana met ANA.', [], [{ passage: 'Ana', reason: 'other' }])), '[other] and [other] met ANA.');
    assert.deepEqual(findPassage('ababa', 'aba'), [{ start: 0, end: 3 }, { start: 2, end: 5 }]);
    assert.equal(read(applyRedactions('ababa!', [], [{ passage: 'aba', reason: 'other' }])), '[other]!');
    assert.deepEqual(findPassage('text', ''), []);
  });

  it('merges overlapping ranges (the first one’s reason) and touching ones with the same reason', () => {
    assert.equal(read(applyRedactions('abcdefgh', [{ start: 1, end: 4, reason: 'safety' }, { start: 3, end: 6, reason: 'other' }])), 'a[safety]gh');
    assert.equal(read(applyRedactions('abcdefgh', [{ start: 1, end: 3, reason: 'other' }, { start: 3, end: 5, reason: 'other' }])), 'a[other]fgh');
    assert.equal(read(applyRedactions('abcdefgh', [{ start: 1, end: 3, reason: 'other' }, { start: 3, end: 5, reason: 'safety' }])), 'a[other][safety]fgh');
  });

  it('never cuts a character in two: a range inside an emoji covers the whole emoji', () => {
    const published = applyRedactions('a😀b', [{ start: 2, end: 3, reason: 'other' }]);
    assert.equal(read(published), 'a[other]b');
    assert.ok(!/[\uD800-\uDFFF]/.test(published), 'no lone surrogate is left');
  });

  it('ignores empty ranges, clamps ranges to the text and drops unknown reasons', () => {
    assert.equal(read(applyRedactions('abc', [{ start: 1, end: 1, reason: 'other' }])), 'abc');
    assert.equal(read(applyRedactions('abc', [{ start: -5, end: 99, reason: 'other' }])), '[other]');
    assert.equal(read(applyRedactions('abc', [{ start: 0, end: 2, reason: 'secret words' as RedactionReason }])), 'abc');
  });

  it('keeps a text with nothing to hide as it was', () => {
    const plain = 'Nothing to hide here, not even “quotes” or <b>tags</b>.';
    assert.equal(applyRedactions(plain, []), plain);
    assert.deepEqual(splitRedactions(plain), [plain]);
    assert.deepEqual(splitRedactions(''), []);
    assert.equal(hasRedactions(plain), false);
    assert.equal(hasRedactions(applyRedactions(plain, [{ start: 0, end: 7, reason: 'other' }])), true);
  });

  it('round-trips: the parts between marks are exactly the text that was kept', () => {
    const original = 'Call 06 12 34 56 78 or write to a@b.org — thanks, Ana.';
    const ranges = [{ start: 5, end: 19, reason: 'personal-data' as const }, { start: 32, end: 39, reason: 'personal-data' as const }];
    const parts = splitRedactions(applyRedactions(original, ranges, [{ passage: 'Ana', reason: 'identifies-submitter' }]));
    assert.deepEqual(parts, ['Call ', { reason: 'personal-data' }, ' or write to ', { reason: 'personal-data' }, ' — thanks, ', { reason: 'identifies-submitter' }, '.']);
  });
});

describe('marks cannot be forged', () => {
  it('neutralises marker-like characters a submitter typed, so they never read as a mark', () => {
    for (const reason of redactionReasons) {
      const forged = `Before ${redactionMarker(reason)} after`;
      const published = applyRedactions(forged, []);
      assert.deepEqual(splitRedactions(published), [published], `no mark for ${reason}`);
      assert.equal(hasRedactions(published), false);
      assert.ok(published.includes('\uFFFD'));
    }
  });

  it('neutralises every character of the reserved block, even next to a real mark', () => {
    const hostile = '\uFDD0\uFDD1\uFDEF x \uFDD0personal-data';
    const published = applyRedactions(hostile, [{ start: 11, end: 12, reason: 'safety' }]);
    assert.deepEqual(splitRedactions(published), ['\uFFFD\uFFFD\uFFFD x \uFFFDpers', { reason: 'safety' }, 'nal-data']);
    assert.equal(neutraliseMarkers('plain'), 'plain');
  });

  it('reads only well-formed marks with a known reason', () => {
    assert.deepEqual(splitRedactions('a\uFDD0nonsense\uFDD1b'), ['a\uFDD0nonsense\uFDD1b']);
  });
});
