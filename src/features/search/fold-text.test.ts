import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldText, foldWithOffsets } from './fold-text.ts';
import { parseQuery } from './search-query.ts';
import { tokenize } from './search-text.ts';

describe('foldText', () => {
  it('drops case and accents of Latin, Greek and Cyrillic letters', () => {
    assert.equal(foldText('Défense DES Défenseurs'), 'defense des defenseurs');
    assert.equal(foldText('SOLIDARIDAD, Solidaridad'), 'solidaridad, solidaridad');
    assert.equal(foldText('Ελλάδα Ёлка'), 'ελλαδα елка');
  });

  it('unifies compatibility forms (ligatures, full-width letters)', () => {
    assert.equal(foldText('ﬁnance Ｆｕｌｌ'), 'finance full');
  });

  it('removes Arabic tashkeel and tatweel and unifies alef, ta marbuta and alef maqsura', () => {
    assert.equal(foldText('التَّضَامُنُ'), 'التضامن');
    assert.equal(foldText('التضامـــن'), 'التضامن');
    assert.equal(foldText('أحمد إنسان آمال ٱلحق'), 'احمد انسان امال الحق');
    assert.equal(foldText('مدرسة على'), 'مدرسه علي');
  });

  it('keeps marks that are part of a letter in other scripts, and leaves Chinese alone', () => {
    assert.equal(foldText('हिन्दी'), 'हिन्दी');
    assert.equal(foldText('人权与国际团结'), '人权与国际团结');
    assert.equal(foldText('한국어'), '한국어');
  });

  it('folds piece by piece to the same text as a whole, remembering where each piece was', () => {
    const text = 'La DÉFENSE, De\u0301fense, التَّضَامُنُ, ﬁnance 人权 𠀀';
    const { folded, starts, pieceAt } = foldWithOffsets(text);
    assert.equal(folded, foldText(text));
    assert.equal(starts[starts.length - 1], text.length);
    const ligature = text.indexOf('ﬁ');
    const at = folded.indexOf('finance');
    assert.deepEqual([starts[pieceAt[at]!], starts[pieceAt[at + 1]!]], [ligature, ligature], 'both letters of "fi" come from the ligature');
    assert.equal(text.slice(starts[pieceAt[folded.lastIndexOf('defense, ')]!]), text.slice(text.indexOf('De\u0301fense')));
  });
});

describe('tokenize and parseQuery', () => {
  it('cuts words at anything that is not a letter, digit or mark, and CJK runs apart from other letters', () => {
    assert.deepEqual(tokenize("l'e-mail covid19疫苗 «droits»"), ['l', 'e', 'mail', 'covid19', '疫苗', 'droits']);
  });

  it('reads quoted phrases (straight or typographic) and loose words, without operators', () => {
    assert.deepEqual(parseQuery('“human rights” defenders OR NEAR*'), [
      { tokens: ['human', 'rights'] }, { tokens: ['defenders'] }, { tokens: ['or'] }, { tokens: ['near'] },
    ]);
    assert.deepEqual(parseQuery('"unclosed phrase'), [{ tokens: ['unclosed', 'phrase'] }]);
    assert.deepEqual(parseQuery('a a a'), [{ tokens: ['a'] }]);
    assert.equal(parseQuery('one two three four five six seven eight nine ten').length, 8);
  });
});
