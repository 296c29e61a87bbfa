import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Questionnaire } from '../../calls/index.ts';
import { hrc56Questionnaire } from './hrc56-questionnaire.fixture.ts';
import { mapAnswers, type LetterPassage } from './map-answers.ts';

/** The passages as [question number or 'general', first words], checking every passage's offsets on the way. */
function read(letter: string, questionnaire: Questionnaire = hrc56Questionnaire): [string, string][] {
  const passages = mapAnswers(letter, questionnaire);
  for (const p of passages) assert.equal(letter.slice(p.start, p.end), p.text, 'offsets point at the passage');
  return passages.map((p) => [numberOf(p, questionnaire), p.text.split(/\s+/).slice(0, 4).join(' ')]);
}

function numberOf(passage: LetterPassage, questionnaire: Questionnaire): string {
  return passage.questionId === null ? 'general' : questionnaire.questions.find((q) => q.id === passage.questionId)!.number;
}

const lines = (...text: string[]) => text.join('\n');

describe('mapAnswers', () => {
  it('gives numbered answers to their questions, and the greeting and signature to general comments', () => {
    const letter = lines(
      'Dear Ms. Bailliet,', '', 'On behalf of our network, please find our answers below.', '',
      '1) Yes, we belong to the Regional Coalition for Climate Justice.', '',
      '2) Women lead half of our campaigns.', '',
      '4) The Constitution protects association.', '',
      'Sincerely,', 'Grace Wanjiru', 'Executive Director, Pan-African Network for Climate Justice',
    );
    assert.deepEqual(read(letter), [
      ['general', 'Dear Ms. Bailliet, On'], ['1', 'Yes, we belong to'], ['2', 'Women lead half of'], ['4', 'The Constitution protects association.'],
      ['general', 'Sincerely, Grace Wanjiru Executive'],
    ]);
  });

  it('strips the copied question after "Réponse à la question", even across PDF line breaks', () => {
    const letter = lines(
      'Madame,', '',
      'Réponse à la question 1 : Votre organisation a-t-elle exprimé des questions de solidarité internationale par le biais de',
      'réseaux de solidarité locaux transfrontaliers, transnationaux, internationaux ou régionaux ?',
      'Oui, au sein du réseau Migreurop.', '',
      'Réponse à la question 3 : nous utilisons surtout Signal.', '',
      'Cordialement,', 'Julien Moreau',
    );
    const passages = mapAnswers(letter, hrc56Questionnaire);
    assert.deepEqual(passages.map((p) => [p.questionId, p.matchedBy]), [[null, null], ['q1', 'number'], ['q3', 'number'], [null, null]]);
    assert.equal(passages[1]!.text, 'Oui, au sein du réseau Migreurop.');
    assert.equal(passages[2]!.text, 'nous utilisons surtout Signal.');
  });

  it('files "Pregunta Nº 5", "5 b)" and "5.2" under question 5', () => {
    const letter = lines(
      'Pregunta Nº 5:', 'La ley de 2021 obliga a registrarse.', '', '5 b) Sí, sufrimos vigilancia.', '', '5.2 También cierres de cuentas.', '',
      'Pregunta Nº 6:', 'No recibimos asistencia.',
    );
    assert.deepEqual(read(letter).map(([n]) => n), ['5', '5', '5', '6']);
  });

  it('keeps a numbered list inside answer 5 in answer 5', () => {
    const letter = lines(
      '4. We know of no such law.', '', '5. The main restrictions are:', '1. the foreign agents law;', '2. bank controls on transfers;',
      '3. travel bans.', '', '6. We receive small grants.',
    );
    assert.deepEqual(read(letter).map(([n]) => n), ['4', '5', '6']);
  });

  it('keeps a list numbered like the answers inside answer 1, when the letter goes on with 2 and 3', () => {
    const letter = lines(
      '1. Oui. Nous sommes membres de deux réseaux :', '1. le réseau Migreurop ;', '2. la coordination des collectifs alpins.', '',
      'Ces réseaux relient des associations des deux rives de la Méditerranée.', '',
      '2. Un tiers de nos bénévoles sont des personnes exilées, et nous traduisons nos tracts en arabe.', '',
      '3. Nous utilisons Signal et Facebook, sans limitation d’accès.',
    );
    assert.deepEqual(read(letter).map(([n]) => n), ['1', '2', '3']);
  });

  it('leaves the points a preamble numbers before "Pregunta 1" in the general comments', () => {
    const letter = lines(
      'Nuestra contribución se centra en tres puntos:', '1) las redes transfronterizas;', '2) las restricciones;', '3) las plataformas digitales.', '',
      'Pregunta 1', 'Sí, con la Red Regional de Migraciones.', '', 'Pregunta 2', 'Mujeres indígenas dirigen el consejo.', '',
      'Pregunta 3', 'Facebook y radios comunitarias.',
    );
    assert.deepEqual(read(letter).map(([n]) => n), ['general', '1', '2', '3']);
  });

  it('matches unnumbered answers by the copied question, in any language of the questionnaire and any case', () => {
    const letter = lines(
      'Estimada Experta:', '',
      'HAS YOUR ORGANIZATION EXPRESSED INTERNATIONAL SOLIDARITY ISSUES THROUGH CROSS BORDER LOCAL, TRANSNATIONAL, INTERNATIONAL, OR REGIONAL SOLIDARITY NETWORKS?',
      'Sí, con la Mesa Trinacional.', '',
      'que medios de comunicacion, plataformas digitales u otras plataformas utilizan?', 'Facebook y radios comunitarias.', '',
      'Recomendaciones a la Experta Independiente sobre los derechos humanos y la solidaridad internacional sobre el apoyo a la sociedad civil en la expresión de la solidaridad internacional.',
      'Derogar las leyes restrictivas.',
    );
    const passages = mapAnswers(letter, hrc56Questionnaire);
    assert.deepEqual(passages.map((p) => [p.questionId, p.matchedBy, p.text]), [
      [null, null, 'Estimada Experta:'], ['q1', 'wording', 'Sí, con la Mesa Trinacional.'], ['q3', 'wording', 'Facebook y radios comunitarias.'],
      ['q10', 'wording', 'Derogar las leyes restrictivas.'],
    ]);
  });

  it('matches a short title made of the question’s words', () => {
    const letter = lines('Madame,', '', '**Groupes d’élèves et d’étudiants**', 'Les associations étudiantes ont été convoquées.', '',
      '**Recommandations à l’Experte indépendante**', 'Lever les restrictions.');
    assert.deepEqual(read(letter).map(([n]) => n), ['general', '8', '10']);
  });

  it('does not take an answer that reuses its question’s words for a copy of it', () => {
    const letter = lines('10.', 'We recommend that the Independent Expert call on States to repeal laws that criminalise foreign funding of civil society.');
    assert.deepEqual(read(letter), [['10', 'We recommend that the']]);
  });

  it('reads the closing formulas of each language as the start of general comments', () => {
    for (const closing of ['Yours faithfully,', 'Atentamente,', 'Cordialement,', 'Veuillez agréer, Madame, l’expression de notre haute considération.']) {
      const letter = lines('Question 2', 'We include women and young people in every delegation we send.', '', closing, 'Maria Quispe', 'Red Andina de Solidaridad');
      assert.deepEqual(read(letter).map(([n]) => n), ['2', 'general'], closing);
    }
  });

  it('does not take "Thank you for…" at the start of a short letter for its closing', () => {
    const letter = lines('Thank you for this call for inputs.', '', 'Q1 - Yes, through regional networks.', 'Q2 - Women lead our campaigns.');
    assert.deepEqual(read(letter).map(([n]) => n), ['general', '1', '2']);
  });

  it('follows an explicit heading back for a letter that answers out of order, but not a bare number', () => {
    const explicit = lines('Q2 - Women lead our campaigns.', 'Q4 - No such law.', 'Q3 - WhatsApp mostly.', 'Q5 - Two arrests in 2023.');
    assert.deepEqual(read(explicit).map(([n]) => n), ['2', '4', '3', '5']);
    const bare = lines('4. No such law exists; we note:', '2. the registration decree;', '3. the free movement protocol.', '', '5. Two arrests in 2023.');
    assert.deepEqual(read(bare).map(([n]) => n), ['4', '5']);
  });

  it('reads an answer that announces its question in its first words, keeping those words', () => {
    const letter = lines('Estimada Sra. Bailliet:', '', 'En relación con la pregunta 1, las redes se organizan en la frontera norte.', '',
      'Sobre la pregunta 5, la ley de migraciones castiga la ayuda.');
    assert.deepEqual(read(letter), [['general', 'Estimada Sra. Bailliet:'], ['1', 'En relación con la'], ['5', 'Sobre la pregunta 5,']]);
  });

  it('cuts a page footer out of the answer it falls in', () => {
    const letter = lines('2. Half of our board are women.', 'SBI submission – Page 1 of 3', 'We are weaker in including young people.', '', '3. Facebook.');
    assert.deepEqual(read(letter), [['2', 'Half of our board'], ['general', 'SBI submission – Page'], ['2', 'We are weaker in'], ['3', 'Facebook.']]);
  });

  it('takes question numbers from the questionnaire, not from positions', () => {
    const questionnaire: Questionnaire = {
      ...hrc56Questionnaire,
      questions: [hrc56Questionnaire.questions[1]!, hrc56Questionnaire.questions[6]!].map((q, position) => ({ ...q, position })),
    };
    const letter = lines('2. Women lead our campaigns.', '', '3. Facebook and radio.', '', '7. Visas are refused to minority members.');
    assert.deepEqual(read(letter, questionnaire), [['2', 'Women lead our campaigns.'], ['7', 'Visas are refused to']]);
  });

  it('puts a letter with no recognisable heading entirely in general comments', () => {
    const letter = lines('Dear Madam,', '', 'We support your work on solidarity.', '', 'Best regards,', 'Ana');
    assert.deepEqual(mapAnswers(letter, hrc56Questionnaire).map((p) => p.questionId), [null, null]);
  });
});
