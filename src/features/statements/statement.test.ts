import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { availableLanguages, currentVersions, pickVersion, versionKind, type Statement, type StatementVersion } from './statement.ts';

const statement: Statement = {
  id: 's1', networkId: 'n1', kind: 'appeal', originalLanguage: 'fr', themes: [], countries: [],
  createdAt: '2026-12-01T00:00:00Z', publishedAt: '2026-12-02T00:00:00Z', hidden: null,
};
const version = (n: number, language: StatementVersion['language']): StatementVersion => ({
  statementId: 's1', version: n, language, title: `${language} ${n}`, text: 'text', createdAt: '2026-12-02T00:00:00Z',
});
const versions = [version(1, 'fr'), version(2, 'en'), version(3, 'fr'), version(4, 'ar')];

describe('currentVersions', () => {
  it('keeps the newest version in each language', () => {
    const current = currentVersions(versions);
    assert.deepEqual([...current].map(([language, v]) => [language, v.version]), [['fr', 3], ['en', 2], ['ar', 4]]);
  });
});

describe('pickVersion', () => {
  it('shows the language asked for, then the reader\'s locale, then the original language', () => {
    assert.equal(pickVersion(statement, versions, ['ar', 'en'])?.title, 'ar 4');
    assert.equal(pickVersion(statement, versions, [undefined, 'en'])?.title, 'en 2');
    assert.equal(pickVersion(statement, versions, ['zh', 'es'])?.title, 'fr 3');
  });

  it('ignores a language that is not one of the six', () => {
    assert.equal(pickVersion(statement, versions, ['<script>'])?.title, 'fr 3');
  });
});

describe('versionKind', () => {
  it('calls the first text the original, a first text in another language a translation, and later ones corrections', () => {
    assert.deepEqual(versions.map((v) => versionKind(versions, v)), ['original', 'translation', 'correction', 'translation']);
  });
});

describe('availableLanguages', () => {
  it('lists each language once, in the UN order', () => {
    assert.deepEqual(availableLanguages(versions), ['en', 'fr', 'ar']);
  });
});
