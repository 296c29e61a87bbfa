import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHeading } from './headings.ts';

const numberOf = (line: string) => parseHeading(line)?.number ?? null;

describe('parseHeading', () => {
  it('reads the numbering styles letters use, in English, French and Spanish', () => {
    for (const line of ['1) Yes', '1.', '1 - Networks', '(1)', 'Q1', 'Q.1 Yes', 'Question 1', 'Question n° 1 :', 'Question No. 1',
      'Pregunta 1', 'Pregunta Nº 1', 'Pregunta n.º 1', 'Réponse à la question 1', 'Answer to question 1:', 'Respuesta a la pregunta 1',
      '**1.**', '## Question 1', 'QUESTION 1 –', '1.- ¿Ha expresado', '1: Yes']) {
      assert.equal(numberOf(line), 1, line);
    }
  });

  it('files sub-parts under their question and says they are parts', () => {
    for (const line of ['5(a) Laws', '5 a) Laws', '5.1 Laws', '5a) Laws', '(5.1) Laws', 'Pregunta 5 b)', '(5 b) Leyes']) {
      const heading = parseHeading(line);
      assert.equal(heading?.number, 5, line);
      assert.equal(heading?.subPart, true, line);
    }
  });

  it('files answers given together under the first question', () => {
    assert.equal(numberOf('Réponses aux questions 4 et 5 : aucune loi'), 4);
    assert.equal(numberOf('Respuesta a las preguntas 4 y 5:'), 4);
    assert.equal(numberOf('Questions 4 and 5'), 4);
  });

  it('reads an answer that announces its question and keeps that sentence as the answer', () => {
    for (const [line, number] of [['Regarding question 5, the law', 5], ['Concernant la question 2 : nous', 2], ['En relación con la pregunta 1, las redes', 1]] as const) {
      const heading = parseHeading(line);
      assert.equal(heading?.number, number, line);
      assert.equal(heading?.announced, true, line);
      assert.equal(heading?.prefixLength, 0, line);
    }
  });

  it('measures the prefix so the answer starts after it', () => {
    const line = 'Question n° 3 : Nous utilisons';
    assert.equal(line.slice(parseHeading(line)!.prefixLength).trim(), 'Nous utilisons');
  });

  it('marks indented and bulleted numbers, as list items are', () => {
    assert.equal(parseHeading('   2. item')?.indented, true);
    assert.equal(parseHeading('- 3) item')?.indented, true);
    assert.equal(parseHeading('2. Inclusion')?.indented, false);
  });

  it('takes no number inside text for a heading', () => {
    for (const line of ['10:30 meeting', '2024. was a hard year', '1,000 people', 'Quels médias', 'Sur la question des financements',
      'We answer question 5 below.', 'Article 5 of the law', 'En 2023, 15 organizaciones']) {
      assert.equal(parseHeading(line), null, line);
    }
  });
});
