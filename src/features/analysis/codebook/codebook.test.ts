import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hrc56CivilSociety } from '../../calls/seed/hrc56-civil-society.ts';
import { categoryKeys, choicesWithCodes, codeForChoice, hrc56Codebook } from './codebook.ts';

const languages = ['en', 'fr', 'es'] as const;
const codeKeys = new Set(hrc56Codebook.codes.map((c) => c.key));

describe('hrc56Codebook', () => {
  it('gives every code and category a label, and every code terms, in English, French and Spanish', () => {
    for (const category of hrc56Codebook.categories) for (const l of languages) assert.ok(category.label[l].trim(), `${category.key} ${l}`);
    for (const code of hrc56Codebook.codes) {
      for (const l of languages) {
        assert.ok(code.label[l].trim(), `${code.key} label ${l}`);
        assert.ok(code.terms[l].length >= 2, `${code.key} has fewer than two ${l} terms`);
      }
    }
  });

  it('has unique keys and at least one code in every category', () => {
    assert.equal(codeKeys.size, hrc56Codebook.codes.length);
    for (const key of categoryKeys) assert.ok(hrc56Codebook.codes.some((c) => c.category === key), key);
  });

  it('covers the restrictive measures the HRC56 report names', () => {
    for (const key of ['censorship', 'disinformation', 'harassment', 'intimidation', 'blacklisting', 'doxing', 'investigation', 'deportation',
      'entry-exit-denial', 'defunding', 'asset-freezing', 'red-tagging', 'criminal-prosecution', 'foreign-agent-labelling', 'education-denial',
      'surveillance', 'registration-requirements', 'platform-blocking', 'closure', 'physical-attack']) {
      assert.ok(codeKeys.has(`measure-${key}`), key);
    }
  });
});

describe('codeForChoice', () => {
  it('maps every choice of question 5’s reprisal kinds and question 7’s grounds to a code of the codebook', () => {
    for (const question of hrc56CivilSociety.questions) {
      for (const part of question.parts.filter((p) => ['5/reprisal-kinds', '7/grounds', '1/networks'].includes(`${question.number}/${p.key}`))) {
        assert.ok(part.choices.length > 0);
        for (const choice of part.choices) {
          const code = codeForChoice(question.number, part.key, choice.key);
          assert.ok(code && codeKeys.has(code), `${question.number}/${part.key}/${choice.key} → ${code}`);
        }
      }
    }
  });

  it('maps a choice to the code it names', () => {
    assert.equal(codeForChoice('5', 'reprisal-kinds', 'attack'), 'measure-physical-attack');
    assert.equal(codeForChoice('7', 'grounds', 'lgbtq-status'), 'ground-lgbtq');
  });

  it('returns null for "other", unknown choices and questions without coded choices', () => {
    assert.equal(codeForChoice('5', 'reprisal-kinds', 'other'), null);
    assert.equal(codeForChoice('5', 'reprisal-kinds', 'nonsense'), null);
    assert.equal(codeForChoice('3', 'platforms', 'radio'), null);
  });

  it('lists only codes that exist', () => {
    for (const { code } of choicesWithCodes()) assert.ok(codeKeys.has(code), code);
  });
});
