import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { indexEntry } from './index-entry.ts';
import { withTestEntries } from './search-test-entries.ts';
import { findEntry } from './search.repository.ts';

describeEachEngine('search', (database, engine) => {
  const { find, refs } = withTestEntries(database, engine);

  it('finds French with and without accents, in any case', async () => {
    for (const query of ['défense', 'defense', 'DEFENSE', 'Défenseurs', 'denigrement']) assert.deepEqual(await refs(query), ['fr-1'], query);
  });

  it('finds Spanish words whatever their case', async () => {
    for (const query of ['solidaridad', 'Solidaridad', 'TRABAJADORAS agrícolas']) assert.deepEqual(await refs(query), ['es-1'], query);
    assert.deepEqual(await refs('solidaridad nacional'), [], 'every word must be present');
  });

  it('finds Arabic with and without diacritics, and inside words that carry a prefix', async () => {
    for (const query of ['التضامن', 'التَّضَامُنُ', 'للتضامن', 'الدولي', 'حقوق', 'الإنسان', 'الانسان', 'إنسان', '"حقوق الإنسان"', 'في', 'المدافعين']) {
      assert.deepEqual(await refs(query), ['ar-1'], query);
    }
    assert.deepEqual(await refs('"الإنسان حقوق"'), [], 'a phrase keeps its order');
  });

  it('finds Chinese by one, two and more characters, and only where the characters follow each other', async () => {
    for (const query of ['人权', '国际团结', '团结', '气候正义', '论坛', '义']) assert.deepEqual(await refs(query), ['zh-1'], query);
    assert.deepEqual(await refs('团'), ['zh-1']);
    assert.deepEqual(await refs('国际团结 义'), ['zh-1'], 'a substring and a character alone');
    assert.deepEqual(await refs('国际团结 団'), []);
    assert.deepEqual(await refs('国团'), []);
    assert.deepEqual(await refs('权与国际团结以'), [], 'punctuation ends a run');
  });

  it('finds Arabic and Latin words together, and Arabic under a country filter', async () => {
    assert.deepEqual(await refs('التضامن region'), []);
    await indexEntry(database().db, { kind: 'post', refId: 'mixed-1', url: '/forums/x/posts/mixed-1', language: 'ar', title: 'COVID والتضامن',
      body: 'اللقاحات للجميع', themes: ['health-and-vaccines'], country: 'EG', audience: 'public', updatedAt: '2026-11-08T10:00:00Z' });
    assert.deepEqual(await refs('التضامن covid'), ['mixed-1']);
    assert.deepEqual(await refs('التضامن', { country: 'EG' }), ['ar-1', 'mixed-1']);
    assert.deepEqual(await refs('التضامن', { country: 'CI' }), [], 'a country (CI) is not found inside a theme (vaccines)');
    assert.deepEqual(await refs('التضامن', { theme: 'health-and-vaccines' }), ['mixed-1']);
    assert.deepEqual(await refs('التضامن', { region: 'african', theme: 'civic-space' }), ['ar-1']);
    assert.deepEqual(await refs('التضامن covid', { region: 'asia-pacific' }), []);
    assert.deepEqual(await refs('国际团结 人权', { region: 'asia-pacific' }), ['zh-1'], 'a CJK substring and a CJK pair together');
  });

  it('marks the matched words in the title and snippet', async () => {
    const [result] = (await find('defense')).results;
    assert.deepEqual(result?.title, [{ text: 'Défense', mark: true }, { text: ' des défenseurs', mark: false }]);
    assert.ok(result?.snippet.some((piece) => piece.mark && piece.text === 'DÉFENSE'));
  });

  it('never fails on query syntax, quotes or SQL typed into the box', async () => {
    const attempts = ['"', "'", '""""', '"unclosed phrase', 'NEAR(defense droits, 2)', 'defense NEAR droits', '*', 'def*', '^defense',
      'title:defense', '{title body}: defense', 'defense AND OR NOT', '-defense', '(defense', 'a & b | !c <-> d', "'defense':*",
      "'; drop table search_entries; --", '%', '_', '\\', '\u0000', '🙂', 'x'.repeat(5000), 'ا', '国', '"人权" OR 1=1'];
    for (const query of attempts) await assert.doesNotReject(find(query), query);
    assert.deepEqual(await refs('NEAR(defense droits, 2)'), [], 'NEAR is a word here, and it is in no entry');
    assert.deepEqual(await refs("'defense':*"), ['fr-1']);
    await assert.doesNotReject(find('', { theme: "%' or 1=1 --", country: "FR' --" }));
    assert.ok(await findEntry(database().db, 'statement', 'fr-1'), 'the table is still there');
  });
});
