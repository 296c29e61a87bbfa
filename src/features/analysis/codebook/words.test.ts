import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stem } from './stem.ts';
import { fold, wordsOf } from './words.ts';

describe('fold', () => {
  it('removes accents and case in the three languages', () => {
    assert.equal(fold('Représailles ÉTÉ Intimidación Ñandú'), 'represailles ete intimidacion nandu');
  });

  it('folds text typed with combining marks as the precomposed spelling', () => {
    assert.equal(fold('Re\u0301pression'), fold('Répression'));
  });
});

describe('stem', () => {
  it('makes English inflections meet', () => {
    assert.deepEqual(['harassed', 'harassing', 'harassment', 'harasses'].map((w) => stem(w, 'en')), ['harass', 'harass', 'harass', 'harass']);
    assert.equal(stem('banned', 'en'), stem('ban', 'en'));
    assert.equal(stem('tagging', 'en'), 'tag');
    assert.equal(stem('criminalized', 'en'), stem('criminalised', 'en'));
    assert.equal(stem('communities', 'en'), stem('community', 'en'));
  });

  it('makes French inflections meet', () => {
    const forms = ['surveillance', 'surveille', 'surveillee', 'surveillees'].map((w) => stem(w, 'fr'));
    assert.equal(new Set(forms).size, 1);
    assert.equal(stem('internationaux', 'fr'), stem('internationale', 'fr'));
    assert.equal(stem('harcelement', 'fr'), stem('harceler', 'fr'));
  });

  it('makes Spanish inflections meet', () => {
    assert.equal(stem('congeladas', 'es'), stem('congelacion', 'es'));
    assert.equal(stem('represalias', 'es'), stem('represalia', 'es'));
    assert.equal(stem('acoso', 'es'), stem('acosadas', 'es'));
  });

  it('leaves short words whole rather than cut them to nothing', () => {
    assert.equal(stem('red', 'en'), 'red');
    assert.equal(stem('uses', 'en'), 'use');
  });
});

describe('wordsOf', () => {
  it('keeps offsets into the original text and drops articles', () => {
    const text = 'Denial of an exit visa';
    const words = wordsOf(text, 'en');
    assert.deepEqual(words.map((w) => text.slice(w.start, w.end)), ['Denial', 'exit', 'visa']);
  });

  it('splits at apostrophes and hyphens', () => {
    assert.deepEqual(wordsOf("l'éducation red-tagging", 'fr').map((w) => w.cased), ['education', 'red', 'tagging']);
  });
});
