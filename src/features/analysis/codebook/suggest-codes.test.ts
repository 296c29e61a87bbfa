import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hrc56Codebook } from './codebook.ts';
import { suggestCodes } from './suggest-codes.ts';

const codes = hrc56Codebook.codes;
const keys = (passage: string, language: string | null) => suggestCodes(passage, language, codes).map((s) => s.code);
const tiny = [
  { key: 'visa', terms: { en: ['denial of exit visa'], fr: ['refus de visa'], es: ['denegación de visado'] } },
  { key: 'un', terms: { en: ['UN'], fr: ['ONU'], es: ['ONU'] } },
];

describe('suggestCodes', () => {
  it('suggests surveillance in each language from its own term list', () => {
    assert.ok(keys('Our phones were infected with Pegasus spyware.', 'en').includes('measure-surveillance'));
    assert.ok(keys('Nos téléphones étaient sur écoute.', 'fr').includes('measure-surveillance'));
    assert.ok(keys('Nuestros teléfonos fueron intervenidos y somos vigilados.', 'es').includes('measure-surveillance'));
  });

  it('matches a phrase only with its words in order, across inflections and articles', () => {
    assert.deepEqual(suggestCodes('They issued a denial of an exit visa.', 'en', tiny).map((s) => s.code), ['visa']);
    assert.deepEqual(suggestCodes('The visa was an exit denial.', 'en', tiny), []);
    assert.deepEqual(suggestCodes('Deux refus de visas en 2023.', 'fr', tiny).map((s) => s.code), ['visa']);
  });

  it('says which term matched and where the first match is', () => {
    const passage = 'Last year: denials of exit visas, twice.';
    const [suggestion] = suggestCodes(passage, 'en', tiny);
    assert.deepEqual(suggestion?.matched, ['denial of exit visa']);
    assert.equal(passage.slice(suggestion!.start, suggestion!.end), 'denials of exit visas');
  });

  it('matches acronyms on their capitals, so the French article "un" is not the UN', () => {
    assert.deepEqual(suggestCodes('Un soutien de un fonds', null, tiny), []);
    assert.deepEqual(suggestCodes('The UN should act.', 'en', tiny).map((s) => s.code), ['un']);
  });

  it('tries the three term lists when the language is not known', () => {
    assert.ok(keys('Nuestras cuentas fueron congeladas.', null).includes('measure-asset-freezing'));
    assert.ok(!keys('Nuestras cuentas fueron congeladas.', 'en').includes('measure-asset-freezing'));
  });

  it('does not take a figurative attack for a physical one', () => {
    assert.ok(!keys('The report attacks the government’s policy.', 'en').includes('measure-physical-attack'));
    assert.ok(keys('Two volunteers were physically attacked after the vigil.', 'en').includes('measure-physical-attack'));
  });

  it('scores a code found by several terms above one found by a single word', () => {
    const [first, second] = suggestCodes('Our phones were wiretapped and Pegasus spyware found; we were threatened.', 'en', codes);
    assert.equal(first?.code, 'measure-surveillance');
    assert.ok(first!.score > second!.score);
    assert.ok(first!.score <= 1);
  });
});
